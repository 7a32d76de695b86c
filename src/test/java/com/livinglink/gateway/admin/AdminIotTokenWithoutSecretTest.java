package com.livinglink.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** iotTokens are HS256 only (contract section 9): without a secret the gateway cannot issue any. */
@HttpApiTest
@TestPropertySource(properties = "gateway.admin.token=test-admin-token")
class AdminIotTokenWithoutSecretTest {

    @LocalServerPort
    int port;

    @Test
    void issuingAnIotTokenWithoutAnHs256SecretIs409Problem() {
        var api = new ApiClient(port);

        var result = api.send(api.request("/admin/iot-tokens").header("Authorization", "Bearer test-admin-token")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"identityId\": \"admin-a\", \"ttlSeconds\": 600}")).build());

        assertThat(result.status()).isEqualTo(409);
        assertThat(result.header("Content-Type")).startsWith("application/problem+json");
    }
}
