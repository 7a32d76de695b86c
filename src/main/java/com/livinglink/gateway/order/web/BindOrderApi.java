package com.livinglink.gateway.order.web;

import static com.livinglink.gateway.order.RecordingSettings.MAX_PRE_RECORD_DURATION;
import static com.livinglink.gateway.order.RecordingSettings.MIN_PRE_RECORD_DURATION;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.order.OrderService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code bind/order}: binds a purchased order to the device's administrator (contract section 3). */
@Configuration(proxyBeanMethods = false)
class BindOrderApi {

    @Bean
    ApiRoute<BindOrderParams, Void> bindOrder(OrderService orders) {
        return ApiRoute.post("/vision/customer/cloudstorage/bind/order").id("bind-order")
                .versions("1.0.0", "1.0.0")
                .httpsOnly()
                .params(BindOrderParams.class)
                .noData()
                .handler((params, caller) -> {
                    orders.bind(params.toBindOrder(), caller);
                    return null;
                })
                .documented(ApiDocs.named("BindOrder")
                        .summary("Bind a cloud-storage order to the device's administrator")
                        .description("""
                                Binds a paid order to the device `iotId` for its administrator, stores the purchaser \
                                and the recording settings, and starts the service (start = now, end = start + \
                                copies × the commodity's months). Binding again to the same device replaces the \
                                purchaser and settings and keeps start and end; an order bound to another device is \
                                29601. With an `iotToken`, its identity must be the device's administrator. `data` \
                                is null on success.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST,
                                ResultCode.ORDER_BOUND_TO_ANOTHER_DEVICE, ResultCode.ORDER_NOT_PAID,
                                ResultCode.ORDER_FROZEN, ResultCode.ORDER_EXPIRED,
                                ResultCode.DEVICE_HAS_NO_ADMINISTRATOR)
                        .seedError(ResultCode.REQUEST_FORBIDDEN)
                        .parameterViolation(new Detail("violation.range", "preRecordDuration",
                                String.valueOf(MIN_PRE_RECORD_DURATION), String.valueOf(MAX_PRE_RECORD_DURATION))));
    }
}
