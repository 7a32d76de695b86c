package com.livinglink.gateway.failure;

/** No such order, or none that the caller may see through this device. */
public final class OrderNotFound extends DomainFailure {

    public OrderNotFound() {
        super("no such order for this device");
    }
}
