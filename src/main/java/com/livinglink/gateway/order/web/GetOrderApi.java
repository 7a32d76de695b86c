package com.livinglink.gateway.order.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code order/get}: reads one order through the device it is bound to (contract section 4). */
@Configuration(proxyBeanMethods = false)
class GetOrderApi {

    @Bean
    ApiRoute<GetOrderParams, OrderData> getOrder(OrderService orders, GatewayProperties gateway) {
        return ApiRoute.post("/vision/customer/cloudstorage/order/get").id("get-order")
                .versions("1.0.0", "1.0.6")
                .params(GetOrderParams.class)
                .data(OrderData.class)
                .handler((params, caller) -> OrderData.from(orders.get(new IotId(params.iotId()),
                        new OrderId(params.orderId()), caller, params.deviceNoOwner()), gateway.zone()))
                .documented(ApiDocs.named("GetOrder")
                        .summary("Read one order of a device")
                        .description("""
                                Reads the order `orderId` bound to the device `iotId` (any other order is 29600: \
                                orders of other devices are never revealed). Without an `iotToken` the signing app \
                                is trusted. With one, its identity must be the device's administrator or, for a \
                                device without one and `deviceNoOwner` true, the order's own identity; anybody else \
                                gets 460 `auth failed`. `status` is derived when read: frozen 2, unpaid 3, past its \
                                end 1, else 0.""")
                        .results(ResultCode.ORDER_NOT_EXIST)
                        .seedError(ResultCode.AUTH_FAILED)
                        .parameterViolation(new Detail("violation.required", "iotId")));
    }
}
