package com.livinglink.gateway.testing;

import com.livinglink.gateway.support.PostgresTest;

/** {@link OrderOverridesContractTest} on PostgreSQL. */
@PostgresTest
class OrderOverridesPostgresTest extends OrderOverridesContractTest {
}
