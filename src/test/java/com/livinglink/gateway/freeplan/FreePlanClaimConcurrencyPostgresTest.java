package com.livinglink.gateway.freeplan;

import com.livinglink.gateway.support.PostgresTest;

/** {@link FreePlanClaimConcurrencyTest} on PostgreSQL. */
@PostgresTest
class FreePlanClaimConcurrencyPostgresTest extends FreePlanClaimConcurrencyTest {
}
