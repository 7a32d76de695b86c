package com.livinglink.gateway.order.web;

import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.ResultCode;

/**
 * What a module's {@code web} sub-package may do, kept to prove that {@code ModularityTests} lets it: the same
 * refusal with the wire's result code as {@code order.WireAwareOrderRule}, in the adapter to the API edge.
 */
public final class WireAwareOrderRoute {

    private WireAwareOrderRoute() {
    }

    public static void refuseUnpaid(boolean paid) {
        if (!paid) {
            throw new GatewayException(ResultCode.ORDER_NOT_PAID);
        }
    }
}
