package com.livinglink.gateway.order;

import static com.livinglink.gateway.order.RecordingSettings.*;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.envelope.ApiCall;
import com.livinglink.gateway.envelope.ApiEndpoint;
import com.livinglink.gateway.envelope.ApiRequest;
import com.livinglink.gateway.envelope.ApiResponse;
import com.livinglink.gateway.envelope.ApiResponses;
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
    ResponseEntity<ApiResponse> bind(@ApiCall(ApiEndpoint.BIND_ORDER) ApiRequest request, HttpServletRequest http) {
        var caller = iotTokens.callerOf(request.iotToken());
        var params = request.params();
        var iotId = params.requiredId("iotId");
        var orderId = params.requiredId("orderId");
        var userName = params.optionalText("userName", Purchaser.MAX_LENGTH);
        var userId = params.optionalText("userId", Purchaser.MAX_LENGTH);
        var enableDefaultPlan = params.optionalBoolean("enableDefaultPlan", DEFAULT_ENABLE_DEFAULT_PLAN);
        var preRecordDuration = params.optionalInt("preRecordDuration", MIN_PRE_RECORD_DURATION,
                MAX_PRE_RECORD_DURATION, DEFAULT_PRE_RECORD_DURATION);
        var recordDuration = params.optionalInt("recordDuration", MIN_RECORD_DURATION, MAX_RECORD_DURATION,
                DEFAULT_RECORD_DURATION);
        var eventRecordProlong = params.optionalBoolean("eventRecordProlong", DEFAULT_EVENT_RECORD_PROLONG);
        var maxRecordFileDuration = params.optionalInt("maxRecordFileDuration", MIN_MAX_RECORD_FILE_DURATION,
                MAX_MAX_RECORD_FILE_DURATION, DEFAULT_MAX_RECORD_FILE_DURATION);
        params.validate();

        orders.bind(new BindOrder(new IotId(iotId), new OrderId(orderId), new Purchaser(userName, userId),
                new RecordingSettings(enableDefaultPlan, preRecordDuration, recordDuration, eventRecordProlong,
                        maxRecordFileDuration)),
                caller);
        return responses.ok(http, null);
    }
}
