package com.livinglink.gateway.failure;

/** A free order cannot be transferred. */
public final class FreeOrderNotTransferable extends DomainFailure {

    public FreeOrderNotTransferable() {
        super("a free order cannot be transferred");
    }
}
