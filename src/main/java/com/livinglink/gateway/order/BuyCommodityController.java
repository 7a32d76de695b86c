package com.livinglink.gateway.order;

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

/** {@code commodity/buy}: buys a plan for a device, a new paid order bound to it (contract 11.5). */
@RestController
class BuyCommodityController {

    private final PurchaseService purchases;
    private final IotTokens iotTokens;
    private final ApiResponses responses;

    BuyCommodityController(PurchaseService purchases, IotTokens iotTokens, ApiResponses responses) {
        this.purchases = purchases;
        this.iotTokens = iotTokens;
        this.responses = responses;
    }

    @PostMapping(ApiEndpoint.Paths.COMMODITY_BUY)
    ResponseEntity<ApiResponse> buy(@ApiCall(ApiEndpoint.COMMODITY_BUY) ApiRequest<BuyCommodityParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var orderId = purchases.buy(request.params().toBuyCommodity(), caller);
        return responses.ok(http, new BuyCommodityData(orderId.value()));
    }
}
