package com.livinglink.gateway.order;

import com.livinglink.gateway.config.GatewayProperties;
import com.livinglink.gateway.device.IotId;
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

/** {@code order/get}: reads one order through the device it is bound to (contract section 4). */
@RestController
class GetOrderController {

    private final OrderService orders;
    private final IotTokens iotTokens;
    private final ApiResponses responses;
    private final GatewayProperties properties;

    GetOrderController(OrderService orders, IotTokens iotTokens, ApiResponses responses,
            GatewayProperties properties) {
        this.orders = orders;
        this.iotTokens = iotTokens;
        this.responses = responses;
        this.properties = properties;
    }

    @PostMapping(ApiEndpoint.Paths.GET_ORDER)
    ResponseEntity<ApiResponse> get(@ApiCall(ApiEndpoint.GET_ORDER) ApiRequest<GetOrderParams> request,
            HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var params = request.params();
        var order = orders.get(new IotId(params.iotId()), new OrderId(params.orderId()), caller,
                params.deviceNoOwner());
        return responses.ok(http, OrderData.from(order, properties.zone()));
    }
}
