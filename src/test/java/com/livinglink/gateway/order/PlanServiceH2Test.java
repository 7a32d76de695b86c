package com.livinglink.gateway.order;

/** {@link PlanServiceContractTest} on the embedded H2 database in PostgreSQL mode. */
class PlanServiceH2Test extends PlanServiceContractTest {
}
