package com.livinglink.gateway.order.web;

import static com.livinglink.gateway.order.RecordingSettings.*;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.MaxCodePoints;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.BuyCommodity;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The params of {@code commodity/buy} (contract 11.5). */
@Schema(description = "commodity/buy params (contract 11.5).")
record BuyCommodityParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dK****")
        @NotNull @Identifier String iotId,
        @Schema(description = "The buyer's user name (a phone number, an identity id or the customer's own user "
                + "id). Stored and returned by order/get as given.", example = "123")
        @NotNull @MaxCodePoints(Purchaser.MAX_LENGTH) String userName,
        @Schema(description = "The plan's code, from commodity/query.", example = "ilopLVCloudResource")
        @NotNull @MaxCodePoints(Purchaser.MAX_LENGTH) String commodityCode,
        @Schema(description = "The plan's specification, from commodity/query.", example = "eventResource_7")
        @NotNull @MaxCodePoints(Purchaser.MAX_LENGTH) String specification,
        @Schema(description = "Copies bought; each is the plan's months of service.", example = "1")
        @NotNull @Min(BuyCommodityParams.MIN_COPIES) @Max(BuyCommodityParams.MAX_COPIES) Integer copies,
        @Schema(description = "Set the default 7×24 recording plan and event recording plan.",
                defaultValue = "" + DEFAULT_ENABLE_DEFAULT_PLAN)
        boolean enableDefaultPlan,
        @Schema(description = "true: the plan takes effect now; false: when the device's current plans end.",
                defaultValue = "false")
        boolean immediateUse,
        @Schema(description = "Seconds recorded before an event.", defaultValue = "" + DEFAULT_PRE_RECORD_DURATION)
        @Min(MIN_PRE_RECORD_DURATION) @Max(MAX_PRE_RECORD_DURATION) int preRecordDuration,
        @Schema(description = "Seconds of event recording.", defaultValue = "" + DEFAULT_RECORD_DURATION)
        @Min(MIN_RECORD_DURATION) @Max(MAX_RECORD_DURATION) int recordDuration,
        @Schema(description = "true: events that keep firing prolong the recording until they end; false: each "
                + "event records a fixed length.", defaultValue = "" + DEFAULT_EVENT_RECORD_PROLONG)
        boolean eventRecordProlong,
        @Schema(description = "Longest continuous-recording file, in seconds.",
                defaultValue = "" + DEFAULT_MAX_RECORD_FILE_DURATION)
        @Min(MIN_MAX_RECORD_FILE_DURATION) @Max(MAX_MAX_RECORD_FILE_DURATION) int maxRecordFileDuration,
        @Schema(description = "The buyer's user id, may be empty. Stored and returned by order/get as given.",
                example = "123")
        @MaxCodePoints(Purchaser.MAX_LENGTH) String userId,
        @Schema(description = "The device has no administrator yet: buying for it is then allowed, for the "
                + "iotToken's identity if one is sent.", defaultValue = "false")
        boolean deviceNoOwner) {

    static final int MIN_COPIES = 1;
    static final int MAX_COPIES = 100;

    BuyCommodity toBuyCommodity() {
        return new BuyCommodity(new IotId(iotId), commodityCode, specification, copies,
                new Purchaser(userName, userId), new RecordingSettings(enableDefaultPlan, preRecordDuration,
                        recordDuration, eventRecordProlong, maxRecordFileDuration),
                immediateUse, deviceNoOwner);
    }
}
