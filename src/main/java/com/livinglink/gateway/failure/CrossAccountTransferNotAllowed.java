package com.livinglink.gateway.failure;

/** The destination device's administrator does not own the order, and a transfer to another account was not allowed. */
public final class CrossAccountTransferNotAllowed extends DomainFailure {

    public CrossAccountTransferNotAllowed() {
        super("the destination device's administrator does not own the order, and a transfer to another account was not allowed");
    }
}
