package com.livinglink.gateway.freeplan.web;

import static com.livinglink.gateway.order.RecordingSettings.*;

import com.livinglink.gateway.common.Identifier;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.freeplan.FreeClaimRequest;
import com.livinglink.gateway.order.RecordingSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The params of freecloudstorage/consume (contract 11.11), with the older page's defaults (129744). */
@Schema(description = "freecloudstorage/consume params (contract 11.11).")
record ConsumeFreePlanParams(
        @Schema(description = "The device's id, issued by the platform.", example = "QIuozfUcxRX6frOTO4dKz2****")
        @NotNull @Identifier String iotId,
        @Schema(description = "Set the default 7×24 recording plan and event recording plan.",
                defaultValue = "" + DEFAULT_ENABLE_DEFAULT_PLAN)
        boolean enableDefaultPlan,
        @Schema(description = "true: the plan takes effect now; false: after the device's current plans end.",
                defaultValue = "false")
        boolean immediateUse,
        @Schema(description = "Seconds recorded before an event.", defaultValue = "" + DEFAULT_PRE_RECORD_DURATION)
        @Min(MIN_PRE_RECORD_DURATION) @Max(MAX_PRE_RECORD_DURATION) int preRecordDuration,
        @Schema(description = "Seconds of event recording.", defaultValue = "" + DEFAULT_RECORD_DURATION)
        @Min(MIN_RECORD_DURATION) @Max(MAX_RECORD_DURATION) int recordDuration,
        @Schema(description = "Gift months to claim, taken from the device's remaining quota.",
                defaultValue = "" + ConsumeFreePlanParams.DEFAULT_QUOTA)
        @Min(ConsumeFreePlanParams.MIN_QUOTA) @Max(ConsumeFreePlanParams.MAX_QUOTA) int quota,
        @Schema(description = "true: events that keep firing prolong the recording until they end; false: each "
                + "event records a fixed length.", defaultValue = "" + DEFAULT_EVENT_RECORD_PROLONG)
        boolean eventRecordProlong) {

    static final int MIN_QUOTA = 1;
    static final int MAX_QUOTA = 3;
    static final int DEFAULT_QUOTA = 1;

    FreeClaimRequest toClaim() {
        return new FreeClaimRequest(new IotId(iotId), quota, immediateUse, new RecordingSettings(enableDefaultPlan,
                preRecordDuration, recordDuration, eventRecordProlong, DEFAULT_MAX_RECORD_FILE_DURATION));
    }
}
