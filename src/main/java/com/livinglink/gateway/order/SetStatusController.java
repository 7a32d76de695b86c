package com.livinglink.gateway.order;

import com.livinglink.gateway.api.ApiCall;
import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.ApiRequest;
import com.livinglink.gateway.api.ApiResponse;
import com.livinglink.gateway.api.ApiResponses;
import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IotTokens;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code status/set}: freezes a user's order, as when a camera is returned (contract 11.8). */
@RestController
class SetStatusController {

    private final PlanService plans;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties gateway;

    SetStatusController(PlanService plans, IotTokens iotTokens, ApiResponses responses, GatewayProperties gateway) {
        this.plans = plans;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.gateway = gateway;
    }

    @PostMapping(ApiEndpoint.Paths.STATUS_SET)
    ResponseEntity<ApiResponse> set(@ApiCall(ApiEndpoint.STATUS_SET) ApiRequest<SetStatusParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var params = request.params();
        var data = plans.freeze(new IotId(params.iotId()), new OrderId(params.orderId()), caller,
                params.deviceNoOwner(), order -> FrozenOrderData.from(order, gateway.zone()));
        return responses.ok(http, data);
    }
}
