package com.livinglink.gateway.failure;

/** The device has fewer free months left than asked for. */
public final class FreeStorageQuotaInsufficient extends DomainFailure {

    public FreeStorageQuotaInsufficient() {
        super("the device has fewer free months left than asked for");
    }
}
