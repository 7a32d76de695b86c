package com.livinglink.gateway.freeplan;

import java.time.Instant;

/**
 * A device's free plan as one claimant sees it (contract 11.15): the plan's kind, their claim if they made
 * one, and the gift months the device has left.
 *
 * @param type the gift's record type: 1 continuous, 2 event
 * @param lifecycle days video stays in the cloud
 * @param months the claim's months, or the months left when there is no claim
 * @param consumed whether the claimant claimed
 * @param startTime the claim's start, null without a claim
 * @param endTime the claim's end, null without a claim
 * @param expired 0 not expired (or no claim), 1 expired, 2 frozen
 * @param remainQuota gift months left on the device
 */
public record FreePlanView(int type, int lifecycle, int months, boolean consumed, Instant startTime,
        Instant endTime, int expired, int remainQuota) {
}
