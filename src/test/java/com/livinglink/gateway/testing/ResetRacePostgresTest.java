package com.livinglink.gateway.testing;

import com.livinglink.gateway.support.PostgresTest;

/** {@link ResetRaceTest} on PostgreSQL. */
@PostgresTest
class ResetRacePostgresTest extends ResetRaceTest {
}
