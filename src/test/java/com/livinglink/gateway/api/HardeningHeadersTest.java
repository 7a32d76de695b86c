package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Every answer carries {@code X-Content-Type-Options: nosniff}; an issued iotToken is never cached; HSTS
 * only where the client came over HTTPS (contract section 2; HTTPS itself: {@code tls/HttpsConnectorTest}).
 */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + HardeningHeadersTest.ADMIN_TOKEN,
        "gateway.identity.hs256-secret=admin-api-test-secret-0123456789abcdef"})
class HardeningHeadersTest {

    static final String ADMIN_TOKEN = "test-admin-token";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    HttpRequest.Builder operator(String path) {
        return api.request(path).header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    @Test
    void everyKindOfAnswerCarriesNosniff() {
        var answers = List.of(
                api.get(Envelope.get().param("iotId", "no-such-device").param("orderId", "no-such-order")),
                api.post(ApiClient.GET, "{"),
                api.send(api.request(ApiClient.GET).POST(BodyPublishers.ofString("{}")).build()),
                api.send(api.request(ApiClient.GET).GET().build()),
                api.post("/vision/customer/cloudstorage/no/such/api", "{}"),
                api.send(api.request("/actuator/health").GET().build()),
                api.send(api.request("/admin/orders/x").GET().build()),
                api.send(operator("/admin/orders/no-such-order").GET().build()),
                api.send(api.request("/error").GET().build()));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.header("X-Content-Type-Options"))
                .as("%d %s", answer.status(), answer.body()).isEqualTo("nosniff"));
    }

    @Test
    void aRefusalOfTheServletContainerItselfCarriesNosniff() {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/cloud{storage HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("\r\nX-Content-Type-Options: nosniff\r\n");
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Test
    void anIssuedIotTokenIsNeverStored() {
        ApiResult issued = api.send(operator("/admin/iot-tokens").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"identityId\":\"admin-a\",\"ttlSeconds\":600}")).build());

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        assertThat(issued.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void plainHttpAnswersCarryNoHsts() {
        var answer = api.send(api.request(ApiClient.GET).POST(BodyPublishers.ofString("{}")).build());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
