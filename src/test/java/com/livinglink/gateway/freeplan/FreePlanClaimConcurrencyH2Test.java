package com.livinglink.gateway.freeplan;

/** {@link FreePlanClaimConcurrencyTest} on the embedded H2 database in PostgreSQL mode. */
class FreePlanClaimConcurrencyH2Test extends FreePlanClaimConcurrencyTest {
}
