package com.livinglink.gateway.testkit;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Calls of the operator API ({@code /admin/…}) and its test control ({@code /admin/test/…}): plain REST and
 * JSON with the operator token. A refusal becomes a {@link GatewayException} carrying the gateway's problem.
 */
final class ControlClient {

    private final HttpTransport http;
    private final URI base;
    private final String token;

    ControlClient(HttpTransport http, URI base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /** The answer's JSON (maps, lists…), null for an empty answer (204). */
    Object call(String method, String path, Object body) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(HttpTransport.REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        var response = http.send(request.build());
        if (response.statusCode() >= 300) {
            throw new GatewayException(method + " " + path + " answered " + response.statusCode() + ": "
                    + problem(response.body()));
        }
        return response.body().isEmpty() ? null : Json.parse(response.body());
    }

    /** An id as one path segment: {@code 20200731124115****} stays as it is, a {@code /} or {@code ?} is escaped. */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A problem's detail when the body is one (application/problem+json), else the body. */
    private static String problem(String body) {
        try {
            var detail = Json.object(Json.parse(body)).get("detail");
            return detail != null ? detail.toString() : body;
        }
        catch (IllegalArgumentException notJson) {
            return body;
        }
    }
}
