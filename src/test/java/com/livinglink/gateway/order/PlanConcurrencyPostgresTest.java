package com.livinglink.gateway.order;

import com.livinglink.gateway.support.PostgresTest;

/** {@link PlanConcurrencyTest} on PostgreSQL. */
@PostgresTest
class PlanConcurrencyPostgresTest extends PlanConcurrencyTest {
}
