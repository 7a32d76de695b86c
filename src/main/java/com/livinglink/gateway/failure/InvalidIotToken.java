package com.livinglink.gateway.failure;

/** The caller's iotToken is malformed, expired, not yet valid or cannot be verified. */
public final class InvalidIotToken extends DomainFailure {

    public InvalidIotToken() {
        super("the iotToken is invalid, expired or unverifiable");
    }
}
