package com.livinglink.gateway.testing;

import static com.livinglink.gateway.testing.ResetTest.DEMO_BOUND_ORDER;
import static com.livinglink.gateway.testing.ResetTest.DEMO_DEVICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /admin/test/requests} (contract section 12): what a client sent, for verifications. */
@TestControlTest
class RequestJournalTest {

    static final String PATH = "/admin/test/requests";

    @LocalServerPort
    int port;

    Operator operator;
    ApiClient api;

    @BeforeEach
    void start() {
        operator = new Operator(port);
        api = new ApiClient(port, RequestSigner.DEMO);
        operator.reset();
    }

    @Test
    void everyCallIsJournaledNewestFirstWithItsAnswer() {
        var first = api.get(Envelope.get().id("first").param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER));
        api.get(Envelope.get().id("second").param("iotId", DEMO_DEVICE).param("orderId", "no-such-order"));

        var entries = operator.get(PATH).json();

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("clientId").asString()).isEqualTo("second");
        assertThat(entries.get(0).get("code").asInt()).isEqualTo(29600);
        var entry = entries.get(1);
        assertThat(entry.propertyNames()).containsExactly("time", "requestId", "clientId", "appKey", "api", "apiVer",
                "params", "httpStatus", "code", "durationMs");
        assertThat(entry.get("requestId").asString()).isEqualTo(first.header("X-Ca-Request-Id"));
        assertThat(entry.get("clientId").asString()).isEqualTo("first");
        assertThat(entry.get("appKey").asString()).isEqualTo("demo");
        assertThat(entry.get("api").asString()).isEqualTo("get-order");
        assertThat(entry.get("apiVer").asString()).isEqualTo("1.0.6");
        assertThat(entry.get("params").get("orderId").asString()).isEqualTo(DEMO_BOUND_ORDER);
        assertThat(entry.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(entry.get("code").asInt()).isEqualTo(200);
        assertThat(entry.get("durationMs").asLong()).isNotNegative();
        assertThat(Instant.parse(entry.get("time").asString())).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aClientWithoutAnIdIsJournaledWithANullClientId() {
        api.post(ApiClient.GET, "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{}}");

        assertThat(operator.get(PATH).json().get(0).get("clientId").isNull()).isTrue();
    }

    @Test
    void theIotTokenAndTheSignatureAreNeverKept() {
        var token = operator.post("/admin/iot-tokens", "{\"identityId\":\"123\"}").json().get("iotToken").asString();
        var body = "{\"id\":\"t\",\"request\":{\"apiVer\":\"1.0.6\",\"iotToken\":\"" + token + "\"},\"params\":{"
                + "\"iotId\":\"" + DEMO_DEVICE + "\",\"orderId\":\"" + DEMO_BOUND_ORDER + "\"}}";
        var answer = api.post(ApiClient.GET, body);

        var journal = operator.get(PATH).body();

        assertThat(answer.code()).isEqualTo(200);
        assertThat(journal).doesNotContain(token).doesNotContain("iotToken").doesNotContain("demo-secret")
                .doesNotContain("signature").doesNotContain("Signature");
    }

    @Test
    void signatureRefusalsAreJournaledUnderTheirHttpStatus() {
        var body = Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER).json();
        var unsigned = api.send(api.request(ApiClient.GET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        var entry = operator.get(PATH).json().get(0);

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(entry.get("api").asString()).isEqualTo("get-order");
        assertThat(entry.get("httpStatus").asInt()).isEqualTo(401);
        assertThat(entry.get("code").asInt()).isEqualTo(401);
        assertThat(entry.get("appKey").isNull()).isTrue();
    }

    @Test
    void filtersSelectByApiCodeIotIdAndTime() {
        var since = Instant.now();
        api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER));
        api.get(Envelope.get().param("iotId", "other-device").param("orderId", DEMO_BOUND_ORDER));
        api.bind(Envelope.bind().param("iotId", DEMO_DEVICE).param("orderId", "no-such-order"));

        assertThat(count("?api=get-order")).isEqualTo(2);
        assertThat(count("?api=bind-order&code=29600")).isEqualTo(1);
        assertThat(count("?code=200")).isEqualTo(1);
        assertThat(count("?iotId=" + URLEncoder.encode(DEMO_DEVICE, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(count("?since=" + since)).isEqualTo(3);
        assertThat(count("?since=" + Instant.now().plusSeconds(60))).isZero();
        assertThat(operator.get(PATH + "?limit=2").json()).hasSize(2);
        assertThat(operator.get(PATH + "?api=bind-order").json().get(0).get("api").asString())
                .isEqualTo("bind-order");
    }

    @Test
    void deleteEmptiesTheJournal() {
        api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER));

        assertThat(operator.delete(PATH).status()).isEqualTo(204);

        assertThat(count("")).isZero();
    }

    @Test
    void badFiltersAreRefused() {
        assertThat(operator.get(PATH + "?limit=0").status()).isEqualTo(400);
        assertThat(operator.get(PATH + "?since=yesterday").status()).isEqualTo(400);
        assertThat(operator.get(PATH + "/count?code=abc").status()).isEqualTo(400);
    }

    @Test
    void operatorCallsAreNotJournaled() {
        operator.get("/admin/orders/" + DEMO_BOUND_ORDER);

        assertThat(count("")).isZero();
    }

    private long count(String query) {
        return operator.get(PATH + "/count" + query).json().get("count").asLong();
    }
}
