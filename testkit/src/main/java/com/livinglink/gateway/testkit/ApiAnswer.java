package com.livinglink.gateway.testkit;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The gateway's answer to an API call: the envelope, and what the transport said around it.
 *
 * @param httpStatus 200 for every API-level result; another status only for a refusal of the signature or
 *     transport layer
 * @param requestId the gateway's request id ({@code X-Ca-Request-Id})
 * @param errorCode the signature layer's refusal ({@code X-Ca-Error-Code}: {@code I400SG}…); null otherwise
 * @param errorMessage the refusal's {@code X-Ca-Error-Message}; null otherwise
 * @param id the envelope's {@code id}: the client's, echoed
 * @param code the envelope's result code: 200, 29604…
 * @param message the English message of an error; null on success
 * @param localizedMsg the message in the caller's language; null on success
 * @param data the envelope's {@code data} as JSON reads it: a map for an object, null when there is none
 * @param body the body as sent
 */
public record ApiAnswer(int httpStatus, String requestId, String errorCode, String errorMessage, String id,
        Integer code, String message, String localizedMsg, Object data, String body) {

    /** {@code data} as an object; empty when it is none. */
    public Map<String, Object> dataObject() {
        return Json.object(data);
    }

    /** One field of {@code data}: {@code answer.data("status")}. */
    public Object data(String field) {
        return dataObject().get(field);
    }

    static ApiAnswer from(HttpResponse<String> response) {
        Map<String, Object> envelope;
        try {
            envelope = Json.object(Json.parse(response.body()));
        }
        catch (IllegalArgumentException notJson) {
            envelope = Map.of();
        }
        var headers = response.headers();
        return new ApiAnswer(response.statusCode(), headers.firstValue("X-Ca-Request-Id").orElse(null),
                headers.firstValue("X-Ca-Error-Code").orElse(null),
                headers.firstValue("X-Ca-Error-Message").orElse(null), Json.text(envelope, "id"),
                Json.integer(envelope, "code"), Json.text(envelope, "message"), Json.text(envelope, "localizedMsg"),
                envelope.get("data"), response.body());
    }
}
