package com.livinglink.gateway.failure;

/** The order's service period has ended. */
public final class OrderExpired extends DomainFailure {

    public OrderExpired() {
        super("the order has expired");
    }
}
