package com.livinglink.gateway.freeplan;

import com.livinglink.gateway.support.PostgresTest;

/** {@link FreePlanServiceContractTest} on PostgreSQL. */
@PostgresTest
class FreePlanServicePostgresTest extends FreePlanServiceContractTest {
}
