package com.livinglink.gateway.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/** One answer of the gateway as a client sees it on the wire. */
public record ApiResult(int status, HttpHeaders headers, String body, JsonNode json) {

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
}
