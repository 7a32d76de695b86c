package com.livinglink.gateway.api;

import java.util.Optional;

/**
 * A request envelope that passed the envelope rules (section 2): the API, its version, the optional user
 * token, and the {@code params}: as the envelope carried them ({@code JsonNode}) until {@link ParamsBinder}
 * bound them to the API's valid params record.
 *
 * @param <P> the params' type: {@code JsonNode} as read, the API's params record as handlers get it
 */
public record ApiRequest<P>(ApiEndpoint endpoint, ApiVersion apiVersion, Optional<String> iotToken, P params) {

    <Q> ApiRequest<Q> withParams(Q bound) {
        return new ApiRequest<>(endpoint, apiVersion, iotToken, bound);
    }
}
