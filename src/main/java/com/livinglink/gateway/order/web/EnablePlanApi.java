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

/** {@code commodity/enable}: a bought plan that waits in the device's queue takes effect now (contract 11.7). */
@Configuration(proxyBeanMethods = false)
class EnablePlanApi {

    @Bean
    ApiRoute<EnablePlanParams, Record> enablePlan(PlanService plans, GatewayProperties gateway,
            CompatProperties compat) {
        return ApiRoute.post("/vision/customer/cloudstorage/commodity/enable").id("commodity-enable")
                .versions("1.0.0", "1.0.0")
                .httpsOnly()
                .params(EnablePlanParams.class)
                // PlanData, or PlanTableData where gateway.compat.plan-time-format is string
                .<Record>data(PlanData.class)
                .handler((params, caller) -> plans.enable(new IotId(params.iotId()), new OrderId(params.orderId()),
                        caller, order -> PlanData.of(order, gateway.zone(), compat.planTimeFormat())))
                .documented(ApiDocs.named("EnablePlan")
                        .summary("Make a bought plan take effect now")
                        .description("""
                                Makes the paid order `orderId`, bound to the device `iotId` and waiting in its \
                                queue, take effect now: start = now, end = now + its window's length. An order \
                                already in effect stays as it is (success again). With an `iotToken`, its identity \
                                must be the device's administrator or, on a device without one, the order's own \
                                identity. `data` is the order afterwards; by default \
                                (`gateway.compat.plan-time-format=epoch`) `startTime`/`endTime` are epoch \
                                milliseconds and `startTimeStr`/`endTimeStr` follow, as in the platform's example; \
                                with `string` they are `yyyy-MM-dd HH:mm:ss` text and the `*Str` keys are left out. \
                                HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST, ResultCode.ORDER_NOT_PAID,
                                ResultCode.ORDER_FROZEN, ResultCode.ORDER_EXPIRED)
                        .seedError(ResultCode.ORDER_FROZEN)
                        .parameterViolation(new Detail("violation.required", "orderId")));
    }
}
