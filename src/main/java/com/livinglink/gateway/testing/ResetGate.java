package com.livinglink.gateway.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.ApiStage;
import com.livinglink.gateway.common.DependencyUnavailable;
import com.livinglink.gateway.common.RequestDeadline;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the API calls of this instance and its resets apart, so that a call sees the gateway as it was before a
 * reset or as it is after it, never half reset. The database alone does not give that: a reset deletes and
 * reinserts every row in one transaction, so a single read sees one state or the other, but a writer waiting for
 * a row the reset holds finds it deleted once the reset commits (28560, 29600), and a call of several reads can
 * see the first before the reset and the next after it (a free plan's claim, then its order gone).
 * <p>
 * API calls share the gate; a reset takes it alone, once the calls in flight are done, and calls that arrive
 * meanwhile wait for it (fairly: a waiting reset is not starved by a stream of calls). The gate is outside the
 * journal's stage, so a call is journaled before a reset can empty the journal, or after it. A call waits at
 * most what is left of its budget, then answers 503; a reset waits at most {@link #RESET_WAIT}, longer than
 * any call can last. Per instance: calls to another instance on the same database are not held
 * (docs/testing.md says what they may see).
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
@Order(ApiStage.RESET_GATE)
class ResetGate implements ApiStage {

    /**
     * A call lasts at most its body's arrival, its budget and a fault's delay, 8 s: a reset waits longer before it
     * gives up.
     */
    static final Duration RESET_WAIT = Duration.ofSeconds(10);

    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, ApiEndpoint endpoint, Next next)
            throws IOException {
        var calls = gate.readLock();
        if (!acquire(calls, RequestDeadline.current().map(RequestDeadline::remaining).orElse(RESET_WAIT))) {
            throw new DependencyUnavailable("a test-control reset in progress", new TimeoutException());
        }
        try {
            next.proceed();
        }
        finally {
            calls.unlock();
        }
    }

    /** Runs {@code reset} once no call is in flight, while none can start. */
    void alone(Runnable reset) {
        var resets = gate.writeLock();
        if (!acquire(resets, RESET_WAIT)) {
            throw new CallsStillRunning();
        }
        try {
            reset.run();
        }
        finally {
            resets.unlock();
        }
    }

    private static boolean acquire(Lock lock, Duration wait) {
        try {
            return lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** API calls kept the gate longer than any call should last: the reset did nothing, and may be tried again. */
    static final class CallsStillRunning extends RuntimeException {

        CallsStillRunning() {
            super("API calls in flight did not finish within " + RESET_WAIT.toSeconds()
                    + " s; the reset changed nothing: try again.");
        }
    }
}
