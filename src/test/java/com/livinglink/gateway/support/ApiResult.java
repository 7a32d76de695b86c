package com.livinglink.gateway.support;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer of the gateway as a client sees it on the wire; {@code json} is null where the body is not JSON. */
public record ApiResult(int status, HttpHeaders headers, String body, JsonNode json) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ApiResult of(HttpResponse<String> response) {
        return new ApiResult(response.statusCode(), response.headers(), response.body(), parse(response.body()));
    }

    public int code() {
        return json.get("code").asInt();
    }

    public String message() {
        return json.get("message").isNull() ? null : json.get("message").asString();
    }

    public String localizedMsg() {
        return json.get("localizedMsg").isNull() ? null : json.get("localizedMsg").asString();
    }

    public JsonNode data() {
        return json.get("data");
    }

    public String id() {
        return json.get("id").asString();
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? null : JSON.readTree(body);
        }
        catch (JacksonException notJson) {
            return null;
        }
    }
}
