package com.livinglink.gateway.failure;

/** The order is bound to a device other than the one named. */
public final class OrderBoundToAnotherDevice extends DomainFailure {

    public OrderBoundToAnotherDevice() {
        super("the order is bound to another device");
    }
}
