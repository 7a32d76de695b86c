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

/** {@code order/query}: pages through the orders bound to a device (contract 11.6). */
@RestController
class QueryOrdersController {

    private final OrderService orders;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties properties;

    QueryOrdersController(OrderService orders, IotTokens iotTokens, ApiResponses responses,
            GatewayProperties properties) {
        this.orders = orders;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.properties = properties;
    }

    @PostMapping(ApiEndpoint.Paths.ORDER_QUERY)
    ResponseEntity<ApiResponse> query(@ApiCall(ApiEndpoint.ORDER_QUERY) ApiRequest<QueryOrdersParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var params = request.params();
        var page = orders.query(new IotId(params.iotId()), caller, params.deviceNoOwner(), params.pageNo(),
                params.pageSize());
        return responses.ok(http, OrderQueryData.from(page, properties.zone()));
    }
}
