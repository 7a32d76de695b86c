package com.livinglink.gateway.support;

import java.time.Instant;

import com.livinglink.gateway.order.OrderService;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A contract test of the gateway's services, run on each database by its subclasses: data seeded through
 * {@link Fixtures}, orders read back through {@link OrderService}, the clock stopped at {@link #now()} before
 * each test.
 */
@ServiceTest
public abstract class ServiceContractTest {

    @Autowired
    protected OrderService orders;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    /** Where the clock stands when each test begins. */
    protected abstract Instant now();

    @BeforeEach
    void stopTheClock() {
        clock.set(now());
    }
}
