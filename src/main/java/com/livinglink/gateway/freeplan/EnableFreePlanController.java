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

/** {@code freecloudstorage/enable}: the claimed free plan takes effect now (contract 11.12). */
@RestController
class EnableFreePlanController {

    private final FreePlanService freePlans;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties properties;

    EnableFreePlanController(FreePlanService freePlans, IotTokens iotTokens, ApiResponses responses,
            GatewayProperties properties) {
        this.freePlans = freePlans;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.properties = properties;
    }

    @PostMapping(ApiEndpoint.Paths.FREECLOUDSTORAGE_ENABLE)
    ResponseEntity<ApiResponse> enable(
            @ApiCall(ApiEndpoint.FREECLOUDSTORAGE_ENABLE) ApiRequest<EnableFreePlanParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var data = freePlans.enable(request.params().device(), caller,
                view -> EnabledFreePlanData.from(view, properties.zone()));
        return responses.ok(http, data);
    }
}
