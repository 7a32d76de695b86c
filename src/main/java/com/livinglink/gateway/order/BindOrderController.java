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

/** {@code bind/order}: binds a purchased order to the device's administrator (contract section 3). */
@RestController
class BindOrderController {

    private final OrderService orders;
    private final IotTokens iotTokens;
    private final ApiResponses responses;

    BindOrderController(OrderService orders, IotTokens iotTokens, ApiResponses responses) {
        this.orders = orders;
        this.iotTokens = iotTokens;
        this.responses = responses;
    }

    @PostMapping(ApiEndpoint.Paths.BIND_ORDER)
    ResponseEntity<ApiResponse> bind(@ApiCall(ApiEndpoint.BIND_ORDER) ApiRequest<BindOrderParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        orders.bind(request.params().toBindOrder(), caller);
        return responses.ok(http, null);
    }
}
