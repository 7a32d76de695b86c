package com.livinglink.gateway.order;

import com.livinglink.gateway.support.PostgresTest;

/** {@link PaidOrderServiceContractTest} on PostgreSQL. */
@PostgresTest
class PaidOrderServicePostgresTest extends PaidOrderServiceContractTest {
}
