package com.livinglink.gateway.api;

import java.util.Set;

import com.livinglink.gateway.identity.IotTokens;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The call of one API, once the signature layer has admitted it: the envelope read from the body and checked
 * (section 2), the call guard (test control's faults), the {@code params} bound to the route's params record
 * and validated, the {@code iotToken} verified into the caller's identity (section 8), then the route's handler.
 */
@Component
class ApiCalls {

    private static final Set<String> ACCEPTED_TYPES = Set.of("application/json", "application/octet-stream");

    private final EnvelopeReader envelopes;
    private final ParamsBinder params;
    private final IotTokens iotTokens;
    /** Null unless a guard is configured (test control): then no call pays for a check that is not there. */
    private final ApiCallGuard guard;

    ApiCalls(EnvelopeReader envelopes, ParamsBinder params, IotTokens iotTokens, ObjectProvider<ApiCallGuard> guard) {
        this.envelopes = envelopes;
        this.params = params;
        this.iotTokens = iotTokens;
        this.guard = guard.getIfAvailable();
    }

    /**
     * Reads the request for the API and calls its handler: the {@code data} of its success. Throws what reading
     * or the API refused with, for {@link ApiExceptionHandler} to answer.
     */
    <P extends Record, D> D call(ApiRoute<P, D> route, HttpServletRequest request) throws Exception {
        if (!acceptedContentType(request.getContentType())) {
            throw new GatewayException(ResultCode.REQUEST_ERROR);
        }
        var envelope = envelopes.read(RawBody.of(request), route, ApiExchange.of(request));
        if (guard != null && guard.beforeCall(route, envelope.params())) {
            try (var restarted = ApiEdge.deadlineOf(route).bind()) {
                return handle(route, envelope);
            }
        }
        return handle(route, envelope);
    }

    private <P extends Record, D> D handle(ApiRoute<P, D> route, Envelope envelope) throws Exception {
        var bound = params.bind(envelope.params(), route.paramsType());
        return route.handle(bound, iotTokens.callerOf(envelope.iotToken()));
    }

    private static boolean acceptedContentType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            return ACCEPTED_TYPES.contains(type.getType() + "/" + type.getSubtype());
        }
        catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
