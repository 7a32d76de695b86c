package com.livinglink.gateway.order;

import com.livinglink.gateway.support.PostgresTest;

/** {@link PlanServiceContractTest} on PostgreSQL. */
@PostgresTest
class PlanServicePostgresTest extends PlanServiceContractTest {
}
