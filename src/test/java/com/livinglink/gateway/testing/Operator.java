package com.livinglink.gateway.testing;

import java.net.http.HttpRequest.BodyPublishers;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;

/** The operator's side of test control: plain REST under /admin with the demo profile's token. */
record Operator(ApiClient http, String token) {

    static final String DEMO_TOKEN = "demo-admin-token";

    Operator(int port) {
        this(new ApiClient(port), DEMO_TOKEN);
    }

    ApiResult get(String path) {
        return send("GET", path, null);
    }

    ApiResult delete(String path) {
        return send("DELETE", path, null);
    }

    ApiResult post(String path, String json) {
        return send("POST", path, json);
    }

    ApiResult put(String path, String json) {
        return send("PUT", path, json);
    }

    ApiResult patch(String path, String json) {
        return send("PATCH", path, json);
    }

    ApiResult reset() {
        return post("/admin/test/reset", null);
    }

    ApiResult send(String method, String path, String json) {
        var request = http.request(path).header("Authorization", "Bearer " + token).header("Content-Type",
                "application/json").method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        return http.send(request.build());
    }
}
