package com.livinglink.gateway.testkit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change of an order's state ({@code PATCH /admin/test/orders/{orderId}}): each field given is applied, the
 * null ones stay as they are. Start from a factory and add with the {@code with…} methods:
 * {@code OrderChange.paymentStatus(1).withFrozen(true)}.
 *
 * @param paymentStatus 0 unpaid, 1 paid, 2 paying
 * @param frozen true freezes the order now (business clock), false lifts the freeze
 * @param startTime the start of the service period (a bound order only)
 * @param endTime the end of the service period (a bound order only)
 */
public record OrderChange(Integer paymentStatus, Boolean frozen, Instant startTime, Instant endTime) {

    /** The payment status set: 0 unpaid, 1 paid, 2 paying. */
    public static OrderChange paymentStatus(int paymentStatus) {
        return new OrderChange(paymentStatus, null, null, null);
    }

    /** The order frozen now (business clock), or its freeze lifted. */
    public static OrderChange frozen(boolean frozen) {
        return new OrderChange(null, frozen, null, null);
    }

    /** A bound order's service period moved. */
    public static OrderChange period(Instant startTime, Instant endTime) {
        return new OrderChange(null, null, startTime, endTime);
    }

    /** This change, and the payment status set. */
    public OrderChange withPaymentStatus(int paymentStatus) {
        return new OrderChange(paymentStatus, frozen, startTime, endTime);
    }

    /** This change, and the order frozen or its freeze lifted. */
    public OrderChange withFrozen(boolean frozen) {
        return new OrderChange(paymentStatus, frozen, startTime, endTime);
    }

    /** This change, and the service period moved. */
    public OrderChange withPeriod(Instant startTime, Instant endTime) {
        return new OrderChange(paymentStatus, frozen, startTime, endTime);
    }

    Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        if (paymentStatus != null) {
            json.put("paymentStatus", paymentStatus);
        }
        if (frozen != null) {
            json.put("frozen", frozen);
        }
        if (startTime != null) {
            json.put("startTime", startTime);
        }
        if (endTime != null) {
            json.put("endTime", endTime);
        }
        return json;
    }
}
