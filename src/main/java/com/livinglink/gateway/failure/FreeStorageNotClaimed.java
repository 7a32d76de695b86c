package com.livinglink.gateway.failure;

/** The device's free plan has no current claim. */
public final class FreeStorageNotClaimed extends DomainFailure {

    public FreeStorageNotClaimed() {
        super("the device's free plan has no current claim");
    }
}
