package com.livinglink.gateway.order;

import com.livinglink.gateway.api.ApiCall;
import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.ApiRequest;
import com.livinglink.gateway.api.ApiResponse;
import com.livinglink.gateway.api.ApiResponses;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IotTokens;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code commodity/check}: whether a plan can be bought for a device (contract 11.4). */
@RestController
class CheckCommodityController {

    private final PurchaseService purchases;
    private final IotTokens iotTokens;
    private final ApiResponses responses;

    CheckCommodityController(PurchaseService purchases, IotTokens iotTokens, ApiResponses responses) {
        this.purchases = purchases;
        this.iotTokens = iotTokens;
        this.responses = responses;
    }

    @PostMapping(ApiEndpoint.Paths.COMMODITY_CHECK)
    ResponseEntity<ApiResponse> check(@ApiCall(ApiEndpoint.COMMODITY_CHECK) ApiRequest<CheckCommodityParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var params = request.params();
        var available = purchases.isAvailable(new IotId(params.iotId()), params.commodityCode(),
                params.specification(), caller);
        return responses.ok(http, new CommodityCheckData(available));
    }
}
