package com.example.camerabackend;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The backend's view of the platform's cloud storage: a camera's order, and binding a bought order to the camera's
 * owner. A call the platform answers with 503 (service not available) is tried once more before the user is told.
 */
public final class CloudStorage implements AutoCloseable {

    static final String ORDER_GET = "/vision/customer/cloudstorage/order/get";
    static final String BIND_ORDER = "/vision/customer/cloudstorage/bind/order";
    private static final int SERVICE_NOT_AVAILABLE = 503;

    private final PlatformClient platform;
    private final ObjectMapper json = new ObjectMapper();

    public CloudStorage(PlatformSettings settings) {
        this.platform = new PlatformClient(settings);
    }

    /** The order of a camera, as it stands on the platform now. */
    public StoredOrder order(String iotId, String orderId) {
        var data = call(ORDER_GET, "1.0.6", Map.of("iotId", iotId, "orderId", orderId));
        return new StoredOrder(data.path("orderId").asText(), StoredOrder.State.of(data.path("status").asInt()),
                Instant.parse(data.path("endTimeUTC").asText()));
    }

    /** Binds a bought order to the camera's owner, recording events with 5 s before and 10 s after each. */
    public void bind(String iotId, String orderId, String userName, String userId) {
        var params = new LinkedHashMap<String, Object>();
        params.put("iotId", iotId);
        params.put("orderId", orderId);
        params.put("userName", userName);
        params.put("userId", userId);
        params.put("preRecordDuration", 5);
        params.put("recordDuration", 10);
        call(BIND_ORDER, "1.0.0", params);
    }

    private JsonNode call(String path, String apiVer, Map<String, Object> params) {
        var envelope = envelope(apiVer, params);
        var answer = send(path, envelope);
        if (answer.path("code").asInt() == SERVICE_NOT_AVAILABLE) {
            answer = send(path, envelope);
        }
        int code = answer.path("code").asInt();
        if (code == SERVICE_NOT_AVAILABLE) {
            throw new PlatformUnavailable(path + " is unavailable: " + answer.path("message").asText());
        }
        if (code != 200) {
            throw new IllegalStateException(path + " answered " + code + ": " + answer.path("message").asText());
        }
        return answer.path("data");
    }

    private JsonNode send(String path, String envelope) {
        var answer = platform.post(path, envelope);
        try {
            return json.readTree(answer.body());
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(path + " answered HTTP " + answer.httpStatus() + " with no envelope", e);
        }
    }

    private String envelope(String apiVer, Map<String, Object> params) {
        try {
            return json.writeValueAsString(Map.of("id", UUID.randomUUID().toString(), "version", "1.0",
                    "request", Map.of("apiVer", apiVer), "params", params));
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Params that are no JSON: " + params, e);
        }
    }

    @Override
    public void close() {
        platform.shutdown();
    }
}
