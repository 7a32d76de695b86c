package com.livinglink.gateway.api;

import java.util.Optional;

import com.livinglink.gateway.identity.IdentityId;

/**
 * What an API does, given its valid params and the caller: the identity its {@code iotToken} names, verified,
 * or none when the call acts for the signing app alone (contract section 8). It answers the {@code data} of a
 * success, or throws what the domain refused with.
 *
 * @param <P> the params record
 * @param <D> the {@code data}
 */
@FunctionalInterface
public interface ApiHandler<P extends Record, D> {

    D handle(P params, Optional<IdentityId> caller) throws Exception;
}
