package com.livinglink.gateway.order;

/** {@link CommodityBuyConcurrencyTest} on the embedded H2 database in PostgreSQL mode. */
class CommodityBuyConcurrencyH2Test extends CommodityBuyConcurrencyTest {
}
