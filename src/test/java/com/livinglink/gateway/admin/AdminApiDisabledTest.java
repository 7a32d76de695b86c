package com.livinglink.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Without {@code gateway.admin.token} the operator API does not exist (contract section 9). */
@HttpApiTest
class AdminApiDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void everyOperatorPathIs404ProblemEvenWithABearerToken() {
        var api = new ApiClient(port);
        var requests = List.of(
                api.request("/admin/orders/some-order").GET().build(),
                api.request("/admin/orders").header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("[]")).build(),
                api.request("/admin/devices/some-device").header("Authorization", "Bearer test-admin-token")
                        .header("Content-Type", "application/json")
                        .PUT(BodyPublishers.ofString("{\"ownerIdentityId\": null}")).build(),
                api.request("/admin/iot-tokens").header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"identityId\": \"admin-a\"}")).build());

        for (var request : requests) {
            var result = api.send(request);
            assertThat(result.status()).as(request.method() + " " + request.uri()).isEqualTo(404);
            assertThat(result.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
