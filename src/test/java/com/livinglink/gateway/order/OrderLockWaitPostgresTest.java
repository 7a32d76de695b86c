package com.livinglink.gateway.order;

import com.livinglink.gateway.support.PostgresTest;

import org.springframework.test.context.ActiveProfiles;

/**
 * {@link OrderLockWaitTest} on PostgreSQL, with the production profile, whose connection options bound the
 * wait.
 */
@PostgresTest
@ActiveProfiles("postgres")
class OrderLockWaitPostgresTest extends OrderLockWaitTest {
}
