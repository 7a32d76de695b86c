package com.livinglink.gateway.order;

/** {@link PlanConcurrencyTest} on the embedded H2 database in PostgreSQL mode. */
class PlanConcurrencyH2Test extends PlanConcurrencyTest {
}
