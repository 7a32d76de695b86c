package com.livinglink.gateway.identity;

import java.util.Objects;

/** A user identity of the customer's account service (the JWT {@code sub}), e.g. a device administrator. */
public record IdentityId(String value) {

    public static final int MAX_LENGTH = 128;

    public IdentityId {
        Objects.requireNonNull(value, "identityId");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("identityId must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
