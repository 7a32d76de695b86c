package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.freeplan.FreePlanService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code freestatus/set}: freezes the claimed free plan for good (contract 11.13). */
@Configuration(proxyBeanMethods = false)
class FreezeFreePlanApi {

    @Bean
    ApiRoute<FreezeFreePlanParams, FreePlanData> freezeFreePlan(FreePlanService freePlans, GatewayProperties gateway) {
        return ApiRoute.post("/vision/customer/freecloudstorage/status/set").id("freecloudstorage-status-set")
                .versions("1.0.0", "1.0.0")
                .httpsOnly()
                .params(FreezeFreePlanParams.class)
                .data(FreePlanData.class)
                .handler((params, caller) -> freePlans.freeze(params.device(), caller,
                        view -> FreePlanData.from(view, gateway.zone())))
                .documented(ApiDocs.named("FreezeFreePlan")
                        .summary("Freeze the claimed free plan")
                        .description("""
                                Freezes the free order of the device's claimant (as freecloudstorage/get shows it): \
                                `status` 2 is the only value (anything else is 460). Frozen is for good: its service \
                                stops now, the claim stays counted and no months go back to the quota; freezing \
                                again succeeds. No claim: 29611. Identity as freecloudstorage/get. `data` is the \
                                plan after the call (`expired` 2). HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.FREE_STORAGE_NOT_CLAIMED)
                        .seedError(ResultCode.FREE_STORAGE_NOT_CLAIMED)
                        .parameterViolation(new Detail("violation.range", "status", "2", "2")));
    }
}
