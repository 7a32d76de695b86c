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

/** {@code freecloudstorage/consume}: the administrator claims the free plan (contract 11.11). */
@RestController
class ConsumeFreePlanController {

    private final FreePlanService freePlans;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties properties;

    ConsumeFreePlanController(FreePlanService freePlans, IotTokens iotTokens, ApiResponses responses,
            GatewayProperties properties) {
        this.freePlans = freePlans;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.properties = properties;
    }

    @PostMapping(ApiEndpoint.Paths.FREECLOUDSTORAGE_CONSUME)
    ResponseEntity<ApiResponse> consume(
            @ApiCall(ApiEndpoint.FREECLOUDSTORAGE_CONSUME) ApiRequest<ConsumeFreePlanParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var data = freePlans.claim(request.params().toClaim(), caller,
                view -> FreePlanData.from(view, properties.zone()));
        return responses.ok(http, data);
    }
}
