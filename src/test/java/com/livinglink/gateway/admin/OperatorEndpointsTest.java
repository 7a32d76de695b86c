package com.livinglink.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The actuator over real HTTP: health and its probes are open to load balancers and show no details;
 * every other endpoint (Prometheus, metrics, …) needs the operator token, however its path is spelled; and
 * those that would give away secrets or stop the gateway are not there even for the operator.
 */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + AdminApiTest.TOKEN,
        "gateway.identity.hs256-secret=admin-api-test-secret-0123456789abcdef"})
class OperatorEndpointsTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthAndItsProbesAreOpenAndShowNoDetails(String path) {
        var result = api.send(api.request(path).GET().build());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("status").asString()).isEqualTo("UP");
        assertThat(result.json().has("components")).isFalse();
        assertThat(result.json().has("details")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/prometheus", "/actuator/metrics", "/actuator/info",
            "/actuator/env", "/actuator/heapdump", "/actuator/shutdown"})
    void everyOtherActuatorEndpointNeedsTheOperatorToken(String path) {
        var anonymous = api.send(api.request(path).GET().build());
        var wrongToken = api.send(api.request(path).header("Authorization", "Bearer not-" + AdminApiTest.TOKEN)
                .GET().build());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(wrongToken.status()).isEqualTo(401);
    }

    /**
     * The environment (the secrets in it), a heap dump (everything in memory) and shutting the gateway down are
     * not exposed at all: the operator token, which a test suite or a dashboard holds, does not reach them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/heapdump", "/actuator/shutdown"})
    void endpointsThatGiveAwaySecretsOrStopTheGatewayAreNotExposedEvenWithTheOperatorToken(String path) {
        var read = api.send(operator(path).GET().build());
        var write = api.send(operator(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        var links = api.send(operator("/actuator").GET().build());

        assertThat(read.status()).isEqualTo(404);
        assertThat(write.status()).isEqualTo(404);
        assertThat(links.status()).isEqualTo(200);
        assertThat(links.json().get("_links").has(path.substring("/actuator/".length()))).isFalse();
        assertThat(links.json().get("_links").has("prometheus")).as("an exposed one, listed").isTrue();
    }

    /** Sent as written (no client library normalises them): the container maps them to protected paths. */
    @ParameterizedTest
    @ValueSource(strings = {"/actuator;x=1/prometheus", "/actuator/health/../prometheus",
            "/actuator/health/%2e%2e/prometheus", "/admin;x=1/orders/some-order", "/vision/../admin/orders/some-order"})
    void noSpellingOfAProtectedPathGetsPastTheToken(String path) {
        assertThat(rawGetStatus(path)).isEqualTo(401);
    }

    @Test
    void withTheOperatorTokenPrometheusShowsApiRequestsByApiAndCodeWithALatencyHistogram() {
        api.get(Envelope.get().param("iotId", "no-device").param("orderId", "no-order"));
        api.send(api.request(ApiClient.GET).POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        var metrics = api.send(api.request("/actuator/prometheus")
                .header("Authorization", "Bearer " + AdminApiTest.TOKEN).GET().build());

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("gateway_api_requests_seconds_count{api=\"get-order\",code=\"29600\"}")
                .contains("gateway_api_requests_seconds_count{api=\"get-order\",code=\"401\"}")
                .contains("gateway_api_requests_seconds_bucket{api=\"get-order\",code=\"29600\",le=\"3.0\"}")
                .contains("gateway_api_requests_seconds_bucket{api=\"get-order\",code=\"29600\",le=\"+Inf\"}");
    }

    private HttpRequest.Builder operator(String path) {
        return api.request(path).header("Authorization", "Bearer " + AdminApiTest.TOKEN);
    }

    private int rawGetStatus(String path) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
