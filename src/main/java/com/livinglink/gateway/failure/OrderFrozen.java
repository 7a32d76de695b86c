package com.livinglink.gateway.failure;

/** The order is frozen. */
public final class OrderFrozen extends DomainFailure {

    public OrderFrozen() {
        super("the order is frozen");
    }
}
