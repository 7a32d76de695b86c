package com.livinglink.gateway.order;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.livinglink.gateway.support.HttpApiTest;

import org.springframework.test.context.TestPropertySource;

/**
 * The HTTP tests of the paid-plan APIs (contract 11.3–11.6), sharing one context: the clock pinned at
 * 2024-03-10T04:05:06.789Z (12:05:06.789 in Shanghai), an HS256 secret, an operator token, and a catalog of three
 * plans: eventResource_7 (1 month, 1.0), fullResource_7 (2 months, 0.50) and fullResource_30, which may not be
 * bought.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HttpApiTest
@TestPropertySource(properties = {"gateway.clock.fixed=2024-03-10T04:05:06.789Z",
        "gateway.identity.hs256-secret=commodity-buy-test-secret-0123456789abcdef",
        "gateway.admin.token=" + PaidApiTest.ADMIN_TOKEN,
        "gateway.catalog.commodities[0].code=ilopLVCloudResource",
        "gateway.catalog.commodities[0].specification=eventResource_7",
        "gateway.catalog.commodities[0].name=事件型7天",
        "gateway.catalog.commodities[0].record-type=2",
        "gateway.catalog.commodities[0].lifecycle-days=7",
        "gateway.catalog.commodities[0].months-per-copy=1",
        "gateway.catalog.commodities[0].price=1.0",
        "gateway.catalog.commodities[1].code=ilopLVCloudResource",
        "gateway.catalog.commodities[1].specification=fullResource_7",
        "gateway.catalog.commodities[1].name=连续型7天",
        "gateway.catalog.commodities[1].record-type=1",
        "gateway.catalog.commodities[1].lifecycle-days=7",
        "gateway.catalog.commodities[1].months-per-copy=2",
        "gateway.catalog.commodities[1].price=0.50",
        "gateway.catalog.commodities[2].code=ilopLVCloudResource",
        "gateway.catalog.commodities[2].specification=fullResource_30",
        "gateway.catalog.commodities[2].name=连续型30天",
        "gateway.catalog.commodities[2].record-type=1",
        "gateway.catalog.commodities[2].lifecycle-days=30",
        "gateway.catalog.commodities[2].months-per-copy=1",
        "gateway.catalog.commodities[2].price=1.0",
        "gateway.catalog.commodities[2].purchasable=false"})
public @interface PaidApiTest {

    String ADMIN_TOKEN = "paid-api-test-admin-token";
}
