package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.freeplan.FreePlanService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code freeget}: the device's free plan (contract 11.10). */
@Configuration(proxyBeanMethods = false)
class GetFreePlanApi {

    @Bean
    ApiRoute<GetFreePlanParams, FreePlanData> getFreePlan(FreePlanService freePlans, GatewayProperties gateway) {
        return ApiRoute.post("/vision/customer/freecloudstorage/get").id("freecloudstorage-get")
                .versions("1.0.0", "1.0.1")
                .httpsOnly()
                .params(GetFreePlanParams.class)
                .data(FreePlanData.class)
                .handler((params, caller) -> FreePlanData.from(freePlans.view(params.device(), caller), gateway.zone()))
                .documented(ApiDocs.named("GetFreePlan")
                        .summary("Read the device's free plan")
                        .description("""
                                The device's free cloud-storage plan as its claimant sees it: the device's \
                                administrator, or for a device without one the identity of its latest claim. \
                                `consumed` 0 until they claim, with the four times as empty strings and `months` the \
                                gift months left; after a claim, the claim's months and times, `expired` 1 past its \
                                end and 2 when frozen. `remainQuota` is the device's gift months left. With an \
                                `iotToken`, its identity must be the administrator (or, on a device without one that \
                                was claimed, the latest claimant). HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST)
                        .seedError(ResultCode.REQUEST_FORBIDDEN)
                        .parameterViolation(new Detail("violation.required", "iotId")));
    }
}
