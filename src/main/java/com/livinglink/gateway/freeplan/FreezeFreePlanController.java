package com.livinglink.gateway.freeplan;

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

/** {@code freecloudstorage/status/set}: freezes the claimed free plan for good (contract 11.13). */
@RestController
class FreezeFreePlanController {

    private final FreePlanService freePlans;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties properties;

    FreezeFreePlanController(FreePlanService freePlans, IotTokens iotTokens, ApiResponses responses,
            GatewayProperties properties) {
        this.freePlans = freePlans;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.properties = properties;
    }

    @PostMapping(ApiEndpoint.Paths.FREECLOUDSTORAGE_STATUS_SET)
    ResponseEntity<ApiResponse> freeze(
            @ApiCall(ApiEndpoint.FREECLOUDSTORAGE_STATUS_SET) ApiRequest<FreezeFreePlanParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var data = freePlans.freeze(request.params().device(), caller,
                view -> FreePlanData.from(view, properties.zone()));
        return responses.ok(http, data);
    }
}
