package com.livinglink.gateway.order.web;

import static com.livinglink.gateway.order.RecordingSettings.*;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.common.MaxCodePoints;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderTransfer;
import com.livinglink.gateway.order.Purchaser;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The params of {@code transfer} (contract 11.9). */
@Schema(description = "transfer params (contract 11.9).")
record TransferParams(
        @Schema(description = "The device the plan is moved from.", example = "QIuozfUcxRX6frOTO4dKz2****")
        @NotNull @Identifier String srcIotId,
        @Schema(description = "The bought order's id.", example = "20221013000000000004")
        @NotNull @Identifier String srcOrderId,
        @Schema(description = "The device the plan is moved to; not srcIotId.", example = "demo-device-transfer")
        @NotNull @Identifier String dstIotId,
        @Schema(description = "Set the default 7×24 recording plan and event recording plan.",
                defaultValue = "" + DEFAULT_ENABLE_DEFAULT_PLAN)
        boolean enableDefaultPlan,
        @Schema(description = "true: the moved plan takes effect now; false: after the destination's plans end.",
                defaultValue = "false")
        boolean immediateUse,
        @Schema(description = "Allow moving the plan to a device of another account.", defaultValue = "false")
        boolean supportCrossIdentityTransfer,
        @Schema(description = "Seconds recorded before an event.", defaultValue = "" + DEFAULT_PRE_RECORD_DURATION)
        @Min(MIN_PRE_RECORD_DURATION) @Max(MAX_PRE_RECORD_DURATION) int preRecordDuration,
        @Schema(description = "Seconds of event recording.", defaultValue = "" + DEFAULT_RECORD_DURATION)
        @Min(MIN_RECORD_DURATION) @Max(MAX_RECORD_DURATION) int recordDuration,
        @Schema(description = "true: events that keep firing prolong the recording until they end; false: each "
                + "event records a fixed length.", defaultValue = "" + DEFAULT_EVENT_RECORD_PROLONG)
        boolean eventRecordProlong,
        @Schema(description = "Name of the buyer; replaces the stored one when sent.", example = "1581053****")
        @MaxCodePoints(Purchaser.MAX_LENGTH) String userName,
        @Schema(description = "Id of the buyer; replaces the stored one when sent.", example = "1581053****")
        @MaxCodePoints(Purchaser.MAX_LENGTH) String userId) {

    /** dstIotId = srcIotId is a parameter error naming dstIotId (contract 11.9 rule 2). */
    @AssertFalse(message = "{violation.transfer.same-device}")
    @Schema(hidden = true)
    boolean isDstIotId() {
        return dstIotId != null && dstIotId.equals(srcIotId);
    }

    OrderTransfer toTransfer() {
        return new OrderTransfer(new IotId(srcIotId), new OrderId(srcOrderId), new IotId(dstIotId), immediateUse,
                supportCrossIdentityTransfer, enableDefaultPlan, preRecordDuration, recordDuration,
                eventRecordProlong, userName, userId);
    }
}
