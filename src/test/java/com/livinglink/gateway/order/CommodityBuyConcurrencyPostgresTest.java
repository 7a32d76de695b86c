package com.livinglink.gateway.order;

import com.livinglink.gateway.support.PostgresTest;

/** {@link CommodityBuyConcurrencyTest} on PostgreSQL. */
@PostgresTest
class CommodityBuyConcurrencyPostgresTest extends CommodityBuyConcurrencyTest {
}
