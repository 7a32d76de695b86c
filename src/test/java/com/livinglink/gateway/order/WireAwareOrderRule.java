package com.livinglink.gateway.order;

import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.ResultCode;

/**
 * What the domain must not do, kept to prove that {@code ModularityTests} notices it: an order rule that
 * refuses with the wire's result code instead of a domain failure.
 */
public final class WireAwareOrderRule {

    private WireAwareOrderRule() {
    }

    public static void refuseUnpaid(boolean paid) {
        if (!paid) {
            throw new GatewayException(ResultCode.ORDER_NOT_PAID);
        }
    }
}
