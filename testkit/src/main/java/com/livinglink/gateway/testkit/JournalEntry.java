package com.livinglink.gateway.testkit;

import java.time.Instant;
import java.util.Map;

/**
 * One API call as the gateway's request journal keeps it: never the iotToken, nothing of the signature but the
 * appKey.
 *
 * @param time when the call arrived (real time)
 * @param requestId the gateway's request id, sent as {@code X-Ca-Request-Id}
 * @param clientId the envelope's {@code id} as the client sent it; null when absent
 * @param appKey the app that signed the call
 * @param api the API's id: {@code get-order}, {@code bind-order}… ({@link Api#id()})
 * @param apiVer the envelope's {@code request.apiVer}; null when the envelope was not readable
 * @param params the envelope's {@code params} as sent; empty when the envelope was not readable
 * @param httpStatus the HTTP status answered
 * @param code the envelope's result code; for a refusal of the signature layer, the HTTP status
 * @param durationMs how long the gateway took to answer
 */
public record JournalEntry(Instant time, String requestId, String clientId, String appKey, String api,
        String apiVer, Map<String, Object> params, int httpStatus, Integer code, long durationMs) {

    /** One of the params sent, as JSON reads it (a string, an {@link Integer}, a boolean, a map…). */
    public Object param(String name) {
        return params.get(name);
    }

    static JournalEntry from(Object json) {
        var entry = Json.object(json);
        return new JournalEntry(Json.instant(entry, "time"), Json.text(entry, "requestId"),
                Json.text(entry, "clientId"), Json.text(entry, "appKey"), Json.text(entry, "api"),
                Json.text(entry, "apiVer"), Json.object(entry.get("params")), (int) Json.number(entry, "httpStatus"),
                Json.integer(entry, "code"), Json.number(entry, "durationMs"));
    }
}
