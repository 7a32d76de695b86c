package com.livinglink.gateway.failure;

/** The caller's user identity may not act for the device. */
public final class CallerNotAllowed extends DomainFailure {

    public CallerNotAllowed() {
        super("the caller may not act for this device");
    }
}
