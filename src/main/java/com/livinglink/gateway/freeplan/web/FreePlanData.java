package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.freeplan.FreePlanView;

import java.time.ZoneId;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The {@code data} of freecloudstorage/get, consume and status/set (contract 11.10): exactly these keys, in
 * this order.
 */
@Schema(description = "The device's free plan as its administrator (or, without one, its latest claimant) sees "
        + "it; the four times are empty strings while they have not claimed.")
public record FreePlanData(
        @Schema(description = "1 continuous; 2 event (the configured gift's record type).") Integer type,
        @Schema(description = "Days video stays in the cloud (the configured gift's lifecycle).") Integer lifecycle,
        @Schema(description = "The claim's months; without a claim, the months left on the device.") Integer months,
        @Schema(description = "0 not claimed; 1 claimed.") Integer consumed,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone; \"\" without a claim.") String startTime,
        @Schema(description = "yyyy-MM-dd HH:mm:ss in the service zone; \"\" without a claim.") String endTime,
        @Schema(description = "0 not expired (or not claimed); 1 expired; 2 frozen.") Integer expired,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'; \"\" without a claim.") String startTimeUTC,
        @Schema(description = "yyyy-MM-dd'T'HH:mm:ss'Z'; \"\" without a claim.") String endTimeUTC,
        @Schema(description = "Gift months left on the device.") Integer remainQuota) {

    static FreePlanData from(FreePlanView view, ZoneId serviceZone) {
        var times = FreePlanTimes.of(view, serviceZone);
        return new FreePlanData(view.type(), view.lifecycle(), view.months(), view.consumed() ? 1 : 0,
                times.startTime(), times.endTime(), view.expired(), times.startTimeUTC(), times.endTimeUTC(),
                view.remainQuota());
    }
}
