package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.freeplan.FreePlanService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code freeenable}: the claimed free plan takes effect now (contract 11.12). */
@Configuration(proxyBeanMethods = false)
class EnableFreePlanApi {

    @Bean
    ApiRoute<EnableFreePlanParams, EnabledFreePlanData> enableFreePlan(FreePlanService freePlans,
            GatewayProperties gateway) {
        return ApiRoute.post("/vision/customer/freecloudstorage/enable").id("freecloudstorage-enable")
                .versions("1.0.0", "1.0.0")
                .httpsOnly()
                .params(EnableFreePlanParams.class)
                .data(EnabledFreePlanData.class)
                .handler((params, caller) -> freePlans.enable(params.device(), caller,
                        view -> EnabledFreePlanData.from(view, gateway.zone())))
                .documented(ApiDocs.named("EnableFreePlan")
                        .summary("Make the claimed free plan take effect now")
                        .description("""
                                The free order of the device's claimant (as freecloudstorage/get shows it) takes \
                                effect now if it is queued: its start becomes now and its window keeps its length; \
                                one already in effect stays as it is. No claim: 29611; frozen: 29603; ended: 29604. \
                                Identity as freecloudstorage/get. `data` has the keys of freecloudstorage/get \
                                without `remainQuota`. HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_FROZEN, ResultCode.ORDER_EXPIRED,
                                ResultCode.FREE_STORAGE_NOT_CLAIMED)
                        .seedError(ResultCode.FREE_STORAGE_NOT_CLAIMED)
                        .parameterViolation(new Detail("violation.required", "iotId")));
    }
}
