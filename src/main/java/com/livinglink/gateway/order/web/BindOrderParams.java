package com.livinglink.gateway.order.web;

import static com.livinglink.gateway.order.RecordingSettings.*;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.MaxCodePoints;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.BindOrder;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The params of {@code bind/order} (contract section 3). */
@Schema(description = "bind/order params (contract section 3).")
record BindOrderParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dKz2****")
        @NotNull @Identifier String iotId,
        @Schema(description = "The purchased order's id.", example = "202210131******040001")
        @NotNull @Identifier String orderId,
        @Schema(description = "Name of the user who bought the package (a phone number, an identity id or the "
                + "customer's own account id). Stored and returned by order/get as given.", example = "1581053****")
        @MaxCodePoints(Purchaser.MAX_LENGTH) String userName,
        @Schema(description = "Id of the user who bought the package. Stored and returned by order/get as given.",
                example = "1581053****")
        @MaxCodePoints(Purchaser.MAX_LENGTH) String userId,
        @Schema(description = "Set the default 7×24 recording plan and event recording plan.",
                defaultValue = "" + DEFAULT_ENABLE_DEFAULT_PLAN)
        boolean enableDefaultPlan,
        @Schema(description = "Seconds recorded before an event.", defaultValue = "" + DEFAULT_PRE_RECORD_DURATION)
        @Min(MIN_PRE_RECORD_DURATION) @Max(MAX_PRE_RECORD_DURATION) int preRecordDuration,
        @Schema(description = "Seconds of event recording.", defaultValue = "" + DEFAULT_RECORD_DURATION)
        @Min(MIN_RECORD_DURATION) @Max(MAX_RECORD_DURATION) int recordDuration,
        @Schema(description = "true: events that keep firing prolong the recording until they end; false: each "
                + "event records a fixed length.", defaultValue = "" + DEFAULT_EVENT_RECORD_PROLONG)
        boolean eventRecordProlong,
        @Schema(description = "Longest continuous-recording file, in seconds.",
                defaultValue = "" + DEFAULT_MAX_RECORD_FILE_DURATION)
        @Min(MIN_MAX_RECORD_FILE_DURATION) @Max(MAX_MAX_RECORD_FILE_DURATION) int maxRecordFileDuration) {

    BindOrder toBindOrder() {
        return new BindOrder(new IotId(iotId), new OrderId(orderId), new Purchaser(userName, userId),
                new RecordingSettings(enableDefaultPlan, preRecordDuration, recordDuration, eventRecordProlong,
                        maxRecordFileDuration));
    }
}
