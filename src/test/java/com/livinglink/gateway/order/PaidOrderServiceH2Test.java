package com.livinglink.gateway.order;

/** {@link PaidOrderServiceContractTest} on the embedded H2 database in PostgreSQL mode. */
class PaidOrderServiceH2Test extends PaidOrderServiceContractTest {
}
