package com.livinglink.gateway.failure;

/** The device's free plan was claimed by as many identities as allowed. */
public final class FreeStorageClaimLimitReached extends DomainFailure {

    public FreeStorageClaimLimitReached() {
        super("the device's free plan was claimed by as many identities as allowed");
    }
}
