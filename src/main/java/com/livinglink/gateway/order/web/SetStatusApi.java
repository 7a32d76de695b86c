package com.livinglink.gateway.order.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.PlanService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code status/set}: freezes a user's order, as when a camera is returned (contract 11.8). */
@Configuration(proxyBeanMethods = false)
class SetStatusApi {

    @Bean
    ApiRoute<SetStatusParams, FrozenOrderData> setStatus(PlanService plans, GatewayProperties gateway) {
        return ApiRoute.post("/vision/customer/cloudstorage/status/set").id("status-set")
                .versions("1.0.0", "1.0.1")
                .httpsOnly()
                .params(SetStatusParams.class)
                .data(FrozenOrderData.class)
                .handler((params, caller) -> plans.freeze(new IotId(params.iotId()), new OrderId(params.orderId()),
                        caller, params.deviceNoOwner(), order -> FrozenOrderData.from(order, gateway.zone())))
                .documented(ApiDocs.named("SetStatus")
                        .summary("Freeze a user's order")
                        .description("""
                                Freezes the order `orderId` bound to the device `iotId` (`status` must be 2, the \
                                only status supported): its service stops and `preConsume` stays at the freeze; \
                                start and end stay. Any payment state, expired or not, may be frozen; freezing a \
                                frozen order succeeds again. With `deviceNoOwner` false (default) the device must \
                                have an administrator (29605) who is the order's identity (460 `auth failed`); true \
                                allows freezing an order bought before the device was unbound. With an `iotToken`, \
                                its identity must be the device's administrator or, on a device without one, the \
                                order's own identity. HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST,
                                ResultCode.DEVICE_HAS_NO_ADMINISTRATOR)
                        .seedError(ResultCode.DEVICE_HAS_NO_ADMINISTRATOR)
                        .parameterViolation(new Detail("violation.status.freeze", "status")));
    }
}
