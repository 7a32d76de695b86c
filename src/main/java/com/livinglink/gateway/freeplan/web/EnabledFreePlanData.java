package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.freeplan.FreePlanView;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of freecloudstorage/enable (contract 11.12): the keys of freecloudstorage/get but remainQuota. */
@Schema(description = "The device's free plan after it took effect: the keys of freecloudstorage/get without "
        + "remainQuota.")
public record EnabledFreePlanData(
        @Schema(description = "1 continuous; 2 event (the configured gift's record type).") Integer type,
        @Schema(description = "Days video stays in the cloud (the configured gift's lifecycle).") Integer lifecycle,
        @Schema(description = "The claim's months.") Integer months,
        @Schema(description = "1 claimed.") Integer consumed,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone.") String startTime,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone.") String endTime,
        @Schema(description = "0 not expired.") Integer expired,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String startTimeUTC,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'.") String endTimeUTC) {

    static EnabledFreePlanData from(FreePlanView view, ZoneId serviceZone) {
        var times = FreePlanTimes.of(view, serviceZone);
        return new EnabledFreePlanData(view.type(), view.lifecycle(), view.months(), view.consumed() ? 1 : 0,
                times.startTime(), times.endTime(), view.expired(), times.startTimeUTC(), times.endTimeUTC());
    }
}
