package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.freeplan.FreePlanService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code freeconsume}: the administrator claims the free plan (contract 11.11). */
@Configuration(proxyBeanMethods = false)
class ConsumeFreePlanApi {

    @Bean
    ApiRoute<ConsumeFreePlanParams, FreePlanData> consumeFreePlan(FreePlanService freePlans,
            GatewayProperties gateway) {
        return ApiRoute.post("/vision/customer/freecloudstorage/consume").id("freecloudstorage-consume")
                .versions("1.0.0", "1.0.4")
                .httpsOnly()
                .params(ConsumeFreePlanParams.class)
                .data(FreePlanData.class)
                .handler((params, caller) -> freePlans.claim(params.toClaim(), caller,
                        view -> FreePlanData.from(view, gateway.zone())))
                .documented(ApiDocs.named("ConsumeFreePlan")
                        .summary("Claim the device's free plan for its administrator")
                        .description("""
                                The device's administrator claims `quota` of the device's gift months: a free order \
                                (`orderType` 1, price 0.0) is bound to the device for them, starting now with \
                                `immediateUse` true, else when the device's current plans end; `remainQuota` goes \
                                down by `quota`. Each identity claims once per device (29608), at most the \
                                configured number of identities claim on one device (29609), and `quota` may not \
                                exceed the months left (29610). The device needs an administrator (29605); with an \
                                `iotToken`, its identity must be that administrator. `data` is the plan after the \
                                claim. HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                                ResultCode.FREE_STORAGE_ALREADY_CLAIMED, ResultCode.FREE_STORAGE_CLAIM_LIMIT_REACHED,
                                ResultCode.FREE_STORAGE_QUOTA_INSUFFICIENT)
                        .seedError(ResultCode.FREE_STORAGE_ALREADY_CLAIMED)
                        .parameterViolation(new Detail("violation.range", "quota", "1", "3")));
    }
}
