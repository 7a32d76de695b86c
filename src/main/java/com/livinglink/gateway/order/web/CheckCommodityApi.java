package com.livinglink.gateway.order.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.PurchaseService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code commodity/check}: whether a plan can be bought for a device (contract 11.4). */
@Configuration(proxyBeanMethods = false)
class CheckCommodityApi {

    @Bean
    ApiRoute<CheckCommodityParams, CommodityCheckData> checkCommodity(PurchaseService purchases) {
        return ApiRoute.post("/vision/customer/cloudstorage/commodity/check").id("commodity-check")
                .versions("1.0.0", "1.0.3")
                .params(CheckCommodityParams.class)
                .data(CommodityCheckData.class)
                .handler((params, caller) -> new CommodityCheckData(purchases.isAvailable(new IotId(params.iotId()),
                        params.commodityCode(), params.specification(), caller)))
                .documented(ApiDocs.named("CheckCommodity")
                        .summary("Whether a plan can be bought for a device")
                        .description("""
                                Answers `available` true when the plan (`commodityCode`, `specification`) is in the \
                                catalog and purchasable, false otherwise (an unknown plan is not an error). The \
                                device must be registered. With an `iotToken` on a device with an administrator, its \
                                identity must be that administrator; on a device without one anybody may ask.""")
                        .results(ResultCode.DEVICE_NOT_EXIST)
                        .seedError(ResultCode.DEVICE_NOT_EXIST)
                        .parameterViolation(new Detail("violation.required", "commodityCode")));
    }
}
