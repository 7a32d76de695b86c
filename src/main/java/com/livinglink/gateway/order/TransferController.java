package com.livinglink.gateway.order;

import com.livinglink.gateway.api.ApiCall;
import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.ApiRequest;
import com.livinglink.gateway.api.ApiResponse;
import com.livinglink.gateway.api.ApiResponses;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.identity.IotTokens;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code transfer}: moves what is left of a bought plan to another device (contract 11.9). */
@RestController
class TransferController {

    private final PlanService plans;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties gateway;
    private final CompatProperties compat;

    TransferController(PlanService plans, IotTokens iotTokens, ApiResponses responses, GatewayProperties gateway,
            CompatProperties compat) {
        this.plans = plans;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.gateway = gateway;
        this.compat = compat;
    }

    @PostMapping(ApiEndpoint.Paths.TRANSFER)
    ResponseEntity<ApiResponse> transfer(@ApiCall(ApiEndpoint.TRANSFER) ApiRequest<TransferParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var data = plans.transfer(request.params().toTransfer(), caller,
                order -> PlanData.of(order, gateway.zone(), compat.planTimeFormat()));
        return responses.ok(http, data);
    }
}
