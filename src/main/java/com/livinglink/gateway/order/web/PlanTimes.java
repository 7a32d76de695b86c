package com.livinglink.gateway.order.web;

import com.livinglink.gateway.order.OrderDetails;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The contract's ways of writing an order's times (sections 4 and 11.2.7). */
final class PlanTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private PlanTimes() {
    }

    static String local(Instant instant, ZoneId serviceZone) {
        return instant == null ? null : LOCAL.withZone(serviceZone).format(instant);
    }

    static String utc(Instant instant) {
        return instant == null ? null : UTC.format(instant);
    }

    static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /** {@code expired} of contract 11.7/11.8: 2 frozen, 1 past its end, else 0 (an unpaid order too). */
    static int expired(OrderDetails order) {
        return switch (order.status()) {
            case FROZEN -> 2;
            case EXPIRED -> 1;
            default -> 0;
        };
    }
}
