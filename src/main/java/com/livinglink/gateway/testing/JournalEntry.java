package com.livinglink.gateway.testing;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One API call as the journal keeps it (contract section 12): never the iotToken, nothing of the signature
 * but the appKey.
 *
 * @param time when the call arrived (real time)
 * @param clientId the envelope's {@code id} as the client sent it; null when absent or not echoed
 * @param requestId the server's request id ({@code X-Ca-Request-Id})
 * @param apiVer the envelope's {@code request.apiVer}; null when the envelope was not readable
 * @param params the envelope's {@code params} as sent; null when the envelope was not readable
 * @param code the envelope's code: the HTTP status for a refusal of the signature layer
 */
record JournalEntry(Instant time, String requestId, String clientId, String appKey, String api, String apiVer,
        @Schema(type = "object", description = "the envelope's params as sent") JsonNode params, int httpStatus, Integer code, long durationMs) {

    String iotId() {
        if (params == null || !params.isObject()) {
            return null;
        }
        var iotId = params.get("iotId");
        return iotId != null && iotId.isString() ? iotId.stringValue() : null;
    }
}
