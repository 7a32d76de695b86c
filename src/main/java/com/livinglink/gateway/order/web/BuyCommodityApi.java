package com.livinglink.gateway.order.web;

import java.time.Duration;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.order.PurchaseService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code commodity/buy}: buys a plan for a device, a new paid order bound to it (contract 11.5). */
@Configuration(proxyBeanMethods = false)
class BuyCommodityApi {

    @Bean
    ApiRoute<BuyCommodityParams, BuyCommodityData> buyCommodity(PurchaseService purchases) {
        return ApiRoute.post("/vision/customer/cloudstorage/commodity/buy").id("commodity-buy")
                .versions("1.0.0", "1.0.8")
                .budget(Duration.ofMillis(10_000))
                .params(BuyCommodityParams.class)
                .data(BuyCommodityData.class)
                .handler((params, caller) -> new BuyCommodityData(
                        purchases.buy(params.toBuyCommodity(), caller).value()))
                .documented(ApiDocs.named("BuyCommodity")
                        .summary("Buy a plan for a device")
                        .description("""
                                Creates a new paid order of `copies` of the plan, bound to the device `iotId`, and \
                                answers its `orderId` (21 digits: the second of purchase, `yyyyMMddHHmmss` in the \
                                service zone, and a 7-digit sequence; never the same twice). `price` is the catalog \
                                price × copies. With `immediateUse` the plan starts now, else when the device's \
                                current plans end; it runs copies × the plan's months. A device with an \
                                administrator buys for that administrator (an `iotToken` must be theirs); a device \
                                without one only with `deviceNoOwner` true (else 29605), for the `iotToken`'s \
                                identity if one is sent. A plan not in the catalog or not purchasable is 29606. \
                                Every call creates an order; it is committed before the answer. Budget: 10000 ms.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                                ResultCode.COMMODITY_NOT_AVAILABLE)
                        .seedError(ResultCode.COMMODITY_NOT_AVAILABLE)
                        .parameterViolation(new Detail("violation.range", "copies", String.valueOf(1),
                                String.valueOf(100))));
    }
}
