package com.livinglink.gateway.testing;

/** {@link OrderOverridesContractTest} on the embedded H2 database in PostgreSQL mode. */
class OrderOverridesH2Test extends OrderOverridesContractTest {
}
