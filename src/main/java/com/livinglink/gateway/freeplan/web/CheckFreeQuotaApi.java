package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.freeplan.FreePlanService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code freestorage/quota/check}: whether the device's administrator may claim its free plan (contract 11.14). */
@Configuration(proxyBeanMethods = false)
class CheckFreeQuotaApi {

    @Bean
    ApiRoute<CheckFreeQuotaParams, Void> checkFreeQuota(FreePlanService freePlans) {
        return ApiRoute.post("/vision/customer/freestorage/quota/check").id("freestorage-quota-check")
                .versions("1.0.0", "1.0.0")
                .httpsOnly()
                .params(CheckFreeQuotaParams.class)
                .noData()
                .handler((params, caller) -> {
                    freePlans.checkClaimable(params.device(), caller);
                    return null;
                })
                .documented(ApiDocs.named("CheckFreeQuota")
                        .summary("May the device's administrator claim its free plan")
                        .description("""
                                Success (`data` null) means the device's administrator may claim its free plan now; \
                                otherwise the first reason in this order: device not registered (28560), no \
                                administrator (29605), an `iotToken` of someone else (460), this administrator \
                                claimed here before (29608), the configured number of identities claimed (29609), no \
                                gift months left (29610). Changes nothing. HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.DEVICE_HAS_NO_ADMINISTRATOR,
                                ResultCode.FREE_STORAGE_ALREADY_CLAIMED, ResultCode.FREE_STORAGE_CLAIM_LIMIT_REACHED,
                                ResultCode.FREE_STORAGE_QUOTA_INSUFFICIENT)
                        .seedError(ResultCode.FREE_STORAGE_ALREADY_CLAIMED)
                        .parameterViolation(new Detail("violation.required", "iotId")));
    }
}
