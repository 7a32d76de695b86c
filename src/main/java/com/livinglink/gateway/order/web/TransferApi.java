package com.livinglink.gateway.order.web;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.order.PlanService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code transfer}: moves what is left of a bought plan to another device (contract 11.9). */
@Configuration(proxyBeanMethods = false)
class TransferApi {

    @Bean
    ApiRoute<TransferParams, Record> transfer(PlanService plans, GatewayProperties gateway, CompatProperties compat) {
        return ApiRoute.post("/vision/customer/cloudstorage/transfer").id("transfer")
                .versions("1.0.0", "1.0.1")
                .httpsOnly()
                .params(TransferParams.class)
                // PlanData, or PlanTableData where gateway.compat.plan-time-format is string
                .<Record>data(PlanData.class)
                .handler((params, caller) -> plans.transfer(params.toTransfer(), caller,
                        order -> PlanData.of(order, gateway.zone(), compat.planTimeFormat())))
                .documented(ApiDocs.named("Transfer")
                        .summary("Move a bought plan to another device")
                        .description("""
                                Moves the paid order `srcOrderId` from the device `srcIotId` to `dstIotId`, for the \
                                destination's administrator: what is left of its window (end − max(now, start)) is \
                                served from now (`immediateUse` true) or from the end of the destination's current \
                                plans. The recording settings are the request's (the order keeps its \
                                `maxRecordFileDuration`); `userName`/`userId` are replaced only when sent. Free \
                                orders cannot be transferred (460). The destination must have an administrator \
                                (29605); with an `iotToken`, its identity must be the order's; a destination \
                                administrator other than the order's identity needs `supportCrossIdentityTransfer` \
                                true (else 29607). Afterwards the order no longer exists on the source device. Of \
                                concurrent transfers of one order exactly one succeeds; the others get 29600. `data` \
                                has commodity/enable's shape. HTTPS only.""")
                        .results(ResultCode.DEVICE_NOT_EXIST, ResultCode.ORDER_NOT_EXIST, ResultCode.ORDER_NOT_PAID,
                                ResultCode.ORDER_FROZEN, ResultCode.ORDER_EXPIRED,
                                ResultCode.DEVICE_HAS_NO_ADMINISTRATOR, ResultCode.CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED)
                        .seedError(ResultCode.CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED)
                        .parameterViolation(new Detail("violation.transfer.same-device", "dstIotId")));
    }
}
