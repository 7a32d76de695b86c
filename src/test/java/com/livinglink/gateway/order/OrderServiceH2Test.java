package com.livinglink.gateway.order;

/** {@link OrderServiceContractTest} on the embedded H2 database in PostgreSQL mode. */
class OrderServiceH2Test extends OrderServiceContractTest {
}
