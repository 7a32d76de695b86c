package com.livinglink.gateway.freeplan;

/** {@link FreePlanServiceContractTest} on the embedded H2 database in PostgreSQL mode. */
class FreePlanServiceH2Test extends FreePlanServiceContractTest {
}
