package com.livinglink.gateway.order;

/** {@link OrderBindConcurrencyTest} on the embedded H2 database in PostgreSQL mode. */
class OrderBindConcurrencyH2Test extends OrderBindConcurrencyTest {
}
