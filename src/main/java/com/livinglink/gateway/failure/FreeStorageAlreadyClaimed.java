package com.livinglink.gateway.failure;

/** This identity claimed the device's free plan before. */
public final class FreeStorageAlreadyClaimed extends DomainFailure {

    public FreeStorageAlreadyClaimed() {
        super("this identity claimed the device's free plan before");
    }
}
