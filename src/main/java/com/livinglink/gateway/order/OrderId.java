package com.livinglink.gateway.order;

import com.livinglink.gateway.common.Identifiers;

/** A cloud-storage order's id. */
public record OrderId(String value) {

    public OrderId {
        Identifiers.requireValid(value, "orderId");
    }

    @Override
    public String toString() {
        return value;
    }
}
