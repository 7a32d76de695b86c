package com.livinglink.gateway.testing;

import com.livinglink.gateway.config.ControllableClock;
import com.livinglink.gateway.signature.NonceStore;
import com.livinglink.gateway.signature.RateLimiter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the gateway in its known state (contract section 12), all or nothing: the fixture is read and checked
 * first, before anything changes, so that an invalid one leaves everything as it was. Then, while no API call of
 * this instance is in flight ({@link ResetGate}): the nonces and rate-limit buckets are forgotten (shared through
 * Redis when the instances use it); in one transaction, the shared database is emptied and the fixture loaded
 * (a failure rolls it all back, and a reader on another connection sees the old state or the new one, never an
 * empty database half loaded); and only once that is committed are this instance's faults, journal and clock
 * reset. So a reset that fails on the database or on Redis has at most forgotten nonces and refilled buckets.
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class TestReset {

    private final Faults faults;
    private final RequestJournal journal;
    private final ControllableClock clock;
    private final TransactionTemplate transaction;
    private final DatabaseWiper database;
    private final FixtureLoader fixture;
    private final NonceStore nonces;
    private final RateLimiter rateLimiter;
    private final ResetGate gate;

    TestReset(Faults faults, RequestJournal journal, ControllableClock clock, PlatformTransactionManager transactions,
            DatabaseWiper database, FixtureLoader fixture, NonceStore nonces, RateLimiter rateLimiter, ResetGate gate) {
        this.faults = faults;
        this.journal = journal;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.database = database;
        this.fixture = fixture;
        this.nonces = nonces;
        this.rateLimiter = rateLimiter;
        this.gate = gate;
    }

    void reset() {
        var load = fixture.prepare();
        gate.alone(() -> {
            // First what a failure may leave half done at no cost to a suite: forgotten nonces, refilled buckets.
            nonces.clear();
            rateLimiter.clear();
            transaction.executeWithoutResult(status -> {
                database.deleteEverything();
                load.run();
            });
            faults.clear();
            journal.clear();
            clock.restoreStart();
        });
    }
}
