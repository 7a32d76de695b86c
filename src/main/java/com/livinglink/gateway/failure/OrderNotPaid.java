package com.livinglink.gateway.failure;

/** The order is not paid. */
public final class OrderNotPaid extends DomainFailure {

    public OrderNotPaid() {
        super("the order is not paid");
    }
}
