package com.livinglink.gateway.order.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code order/query}: pages through the orders bound to a device (contract 11.6). */
@Configuration(proxyBeanMethods = false)
class QueryOrdersApi {

    @Bean
    ApiRoute<QueryOrdersParams, OrderQueryData> queryOrders(OrderService orders, GatewayProperties gateway) {
        return ApiRoute.post("/vision/customer/cloudstorage/order/query").id("order-query")
                .versions("1.0.0", "1.0.6")
                .params(QueryOrdersParams.class)
                .data(OrderQueryData.class)
                .handler((params, caller) -> OrderQueryData.from(orders.query(new IotId(params.iotId()), caller,
                        params.deviceNoOwner(), params.pageNo(), params.pageSize()), gateway.zone()))
                .documented(ApiDocs.named("QueryOrders")
                        .summary("Page through a device's orders")
                        .description("""
                                Lists the orders bound to the device `iotId` (paid and free, any status), newest \
                                `startTime` first, then by `orderId`; pages are 0-based (`pageNo`, default 0; \
                                `pageSize` 1–50, default 20), a page past the end is empty. Each order has exactly \
                                order/get's keys. Without an `iotToken` every order is listed. With one: on a device \
                                with an administrator it must be theirs (460) and every order is listed; on a device \
                                without one `deviceNoOwner` must be true (460) and only the orders bound for the \
                                token's identity are listed and counted.""")
                        .results(ResultCode.DEVICE_NOT_EXIST)
                        .seedError(ResultCode.AUTH_FAILED)
                        .parameterViolation(new Detail("violation.range", "pageSize", String.valueOf(1),
                                String.valueOf(50))));
    }
}
