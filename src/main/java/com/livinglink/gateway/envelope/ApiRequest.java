package com.livinglink.gateway.envelope;

import java.util.Optional;

/**
 * A request envelope that passed the envelope rules (section 2): the API, its version, the optional user
 * token, and the {@code params} still to be read by the handler.
 */
public record ApiRequest(ApiEndpoint endpoint, ApiVersion apiVersion, Optional<String> iotToken, Params params) {
}
