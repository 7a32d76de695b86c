package com.livinglink.gateway.api;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.ServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * What the gateway knows about one API request while it handles it: its own request id, the client's
 * {@code id} to echo, the caller's language, the envelope once it has been read (so that nothing parses the
 * body twice) and, once answered, the result code (for the access log).
 * Lives in a request attribute so that the edge's stages, the servlet filters of other requests, the exception
 * handlers and Tomcat's error valve share it.
 */
public final class ApiExchange {

    private static final String ATTRIBUTE = ApiExchange.class.getName();

    private final String requestId = UUID.randomUUID().toString();
    private String clientId;
    private String language;
    private String appKey;
    private Integer resultCode;
    private JsonNode envelope;

    private ApiExchange() {
    }

    public static ApiExchange of(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ApiExchange exchange) {
            return exchange;
        }
        var exchange = new ApiExchange();
        request.setAttribute(ATTRIBUTE, exchange);
        return exchange;
    }

    public String requestId() {
        return requestId;
    }

    /** The response {@code id}: the client's own when it sent a usable one, else the server's. */
    public String responseId() {
        return clientId != null ? clientId : requestId;
    }

    public String clientId() {
        return clientId;
    }

    void clientId(String clientId) {
        this.clientId = clientId;
    }

    public String language() {
        return language;
    }

    void language(String language) {
        this.language = language;
    }

    public String appKey() {
        return appKey;
    }

    public void appKey(String appKey) {
        this.appKey = appKey;
    }

    /** The request's envelope as the gateway read it; empty before that, or if it could not be read. */
    public Optional<JsonNode> envelope() {
        return Optional.ofNullable(envelope);
    }

    void envelope(JsonNode envelope) {
        this.envelope = envelope;
    }

    public Integer resultCode() {
        return resultCode;
    }

    void resultCode(int resultCode) {
        this.resultCode = resultCode;
    }
}
