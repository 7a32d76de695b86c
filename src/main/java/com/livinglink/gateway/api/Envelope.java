package com.livinglink.gateway.api;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A request envelope that passed the envelope rules (section 2): its version, the optional user token, and the
 * {@code params} as the envelope carried them, before {@link ParamsBinder} binds them to the API's params record.
 */
public record Envelope(ApiVersion apiVersion, Optional<String> iotToken, JsonNode params) {
}
