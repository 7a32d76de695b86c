package com.livinglink.gateway.freeplan;

import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.ResultCode;

/**
 * What the domain must not do, kept to prove that {@code ModularityTests} notices it in the free plan too: a free
 * plan rule that refuses with the wire's result code instead of a domain failure.
 */
public final class WireAwareFreePlanRule {

    private WireAwareFreePlanRule() {
    }

    public static void refuseAClaimTooMany(boolean claimedBefore) {
        if (claimedBefore) {
            throw new GatewayException(ResultCode.FREE_STORAGE_ALREADY_CLAIMED);
        }
    }
}
