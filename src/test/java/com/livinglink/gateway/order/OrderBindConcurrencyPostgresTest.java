package com.livinglink.gateway.order;

import com.livinglink.gateway.support.PostgresTest;

/** {@link OrderBindConcurrencyTest} on PostgreSQL. */
@PostgresTest
class OrderBindConcurrencyPostgresTest extends OrderBindConcurrencyTest {
}
