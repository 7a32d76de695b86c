package com.livinglink.gateway.testing;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code PATCH /admin/test/orders/{orderId}}: each field given is applied, the others stay.
 *
 * @param paymentStatus 0 unpaid, 1 paid, 2 paying
 * @param frozen true freezes the order now (business clock), false lifts the freeze
 * @param startTime the start of the service period, for a bound order only
 * @param endTime the end of the service period, for a bound order only
 */
record OrderStateChange(@Min(0) @Max(2) Integer paymentStatus, Boolean frozen, Instant startTime, Instant endTime) {
}
