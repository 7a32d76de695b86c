package com.livinglink.gateway.api;

import tools.jackson.databind.JsonNode;

/**
 * A check every API call passes once its signature is verified and its envelope read, before its params are
 * bound and the API runs. Test control's faults are one (contract section 12); without one, the API edge
 * calls nothing.
 */
public interface ApiCallGuard {

    /**
     * May hold the call for a while, or refuse it with a {@link GatewayException}, answered as the API's own
     * refusal with that code would be. A hold stands for a slow way to the platform, not for a slow platform:
     * the call's budget starts again after it, so that the API then has all of it.
     *
     * @param params the envelope's {@code params} as the client sent them, not yet bound or validated
     * @return whether it held the call
     */
    boolean beforeCall(ApiEndpoint endpoint, JsonNode params);
}
