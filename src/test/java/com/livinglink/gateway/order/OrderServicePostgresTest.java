package com.livinglink.gateway.order;

import com.livinglink.gateway.support.PostgresTest;

/** {@link OrderServiceContractTest} on PostgreSQL. */
@PostgresTest
class OrderServicePostgresTest extends OrderServiceContractTest {
}
