package com.livinglink.gateway.freeplan.web;

import com.livinglink.gateway.freeplan.FreePlanView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A free plan's four times as the APIs write them (contract 11.10): {@code yyyy-MM-dd HH:mm:ss} in the service
 * zone and {@code yyyy-MM-dd'T'HH:mm:ss'Z'}, each the empty string while there is no claim, as the
 * platform's example has them.
 */
record FreePlanTimes(String startTime, String endTime, String startTimeUTC, String endTimeUTC) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    static FreePlanTimes of(FreePlanView view, ZoneId serviceZone) {
        var local = LOCAL.withZone(serviceZone);
        return new FreePlanTimes(format(view.startTime(), local), format(view.endTime(), local),
                format(view.startTime(), UTC), format(view.endTime(), UTC));
    }

    private static String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null ? "" : formatter.format(instant);
    }
}
