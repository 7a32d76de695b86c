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

/** {@code commodity/enable}: a bought plan that waits in the device's queue takes effect now (contract 11.7). */
@RestController
class EnablePlanController {

    private final PlanService plans;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties gateway;
    private final CompatProperties compat;

    EnablePlanController(PlanService plans, IotTokens iotTokens, ApiResponses responses, GatewayProperties gateway,
            CompatProperties compat) {
        this.plans = plans;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.gateway = gateway;
        this.compat = compat;
    }

    @PostMapping(ApiEndpoint.Paths.COMMODITY_ENABLE)
    ResponseEntity<ApiResponse> enable(@ApiCall(ApiEndpoint.COMMODITY_ENABLE) ApiRequest<EnablePlanParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var params = request.params();
        var data = plans.enable(new IotId(params.iotId()), new OrderId(params.orderId()), caller,
                order -> PlanData.of(order, gateway.zone(), compat.planTimeFormat()));
        return responses.ok(http, data);
    }
}
