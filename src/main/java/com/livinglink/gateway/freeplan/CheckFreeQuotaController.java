package com.livinglink.gateway.freeplan;

import com.livinglink.gateway.api.ApiCall;
import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.ApiRequest;
import com.livinglink.gateway.api.ApiResponse;
import com.livinglink.gateway.api.ApiResponses;
import com.livinglink.gateway.identity.IotTokens;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code freestorage/quota/check}: whether the device's administrator may claim its free plan (contract 11.14). */
@RestController
class CheckFreeQuotaController {

    private final FreePlanService freePlans;
    private final IotTokens iotTokens;
    private final ApiResponses responses;

    CheckFreeQuotaController(FreePlanService freePlans, IotTokens iotTokens, ApiResponses responses) {
        this.freePlans = freePlans;
        this.iotTokens = iotTokens;
        this.responses = responses;
    }

    @PostMapping(ApiEndpoint.Paths.FREESTORAGE_QUOTA_CHECK)
    ResponseEntity<ApiResponse> check(
            @ApiCall(ApiEndpoint.FREESTORAGE_QUOTA_CHECK) ApiRequest<CheckFreeQuotaParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        freePlans.checkClaimable(request.params().device(), caller);
        return responses.ok(http, null);
    }
}
