package com.livinglink.gateway.testing;

import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /admin/test/reset} (contract section 12) under the demo profile: back to the demo data. */
@TestControlTest
class ResetTest {

    static final String DEMO_DEVICE = "QIuozfUcxRX6frOTO4dK****";
    static final String DEMO_BOUND_ORDER = "20200731124115****";
    static final String DEMO_UNBOUND_ORDER = "202210131******040001";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseWiper wiper;

    Operator operator;
    ApiClient api;

    @BeforeEach
    void start() {
        operator = new Operator(port);
        api = new ApiClient(port, RequestSigner.DEMO);
        assertThat(operator.reset().status()).isEqualTo(204);
    }

    @Test
    void resetRemovesWhatATestAddedAndLoadsTheDemoDataAgain() {
        var iotId = unique("dev");
        var orderId = unique("ord");
        operator.put("/admin/devices/" + iotId, "{\"ownerIdentityId\":\"someone\"}");
        operator.post("/admin/orders", "[{\"orderId\":\"" + orderId + "\",\"commodityCode\":\"ilopLVCloudResource\","
                + "\"specification\":\"eventResource_7\",\"copies\":1,\"paymentStatus\":1}]");
        assertThat(api.bind(Envelope.bind().param("iotId", DEMO_DEVICE).param("orderId", DEMO_UNBOUND_ORDER)).code())
                .isEqualTo(200);

        var reset = operator.reset();

        assertThat(reset.status()).isEqualTo(204);
        assertThat(reset.body()).isEmpty();
        assertThat(operator.get("/admin/orders/" + orderId).status()).isEqualTo(404);
        assertThat(api.get(Envelope.get().param("iotId", iotId).param("orderId", orderId)).code()).isEqualTo(29600);
        var unbound = operator.get("/admin/orders/" + DEMO_UNBOUND_ORDER).json();
        assertThat(unbound.get("iotId").isNull()).isTrue();
        var bound = operator.get("/admin/orders/" + DEMO_BOUND_ORDER).json();
        assertThat(bound.get("iotId").asString()).isEqualTo(DEMO_DEVICE);
        assertThat(bound.get("startTime").asString()).isEqualTo("2020-08-25T02:00:00Z");
        assertThat(api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER)).code())
                .isEqualTo(200);
    }

    @Test
    void resetForgetsTheNoncesUsed() {
        var nonce = UUID.randomUUID().toString();
        long timestamp = System.currentTimeMillis();
        assertThat(sendWithNonce(nonce, timestamp).code()).isEqualTo(200);
        assertThat(sendWithNonce(nonce, timestamp).header("X-Ca-Error-Code")).isEqualTo("I400NC");

        operator.reset();

        assertThat(sendWithNonce(nonce, timestamp).code()).isEqualTo(200);
    }

    @Test
    void resetEmptiesTheJournalRemovesTheFaultsAndRestoresTheClock() {
        api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER));
        operator.post("/admin/test/faults", "{\"api\":\"*\",\"code\":503}");
        operator.put("/admin/test/clock", "{\"fixed\":\"2020-09-01T00:00:00Z\"}");

        operator.reset();

        assertThat(operator.get("/admin/test/requests/count").json().get("count").asInt()).isZero();
        assertThat(operator.get("/admin/test/faults").json()).isEmpty();
        assertThat(operator.get("/admin/test/clock").json().get("mode").asString()).isEqualTo("real");
        assertThat(api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER)).code())
                .isEqualTo(200);
    }

    @Test
    void resetFindsEveryTableOfTheSchemaButFlywaysHistory() {
        assertThat(wiper.deleteStatements()).anyMatch(statement -> statement.endsWith(".\"device\""))
                .anyMatch(statement -> statement.endsWith(".\"cloud_order\""))
                .noneMatch(statement -> statement.contains("flyway"));
    }

    @Test
    void tablesAreEmptiedReferencingTablesFirst() {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        references.put("device", new LinkedHashSet<>());
        references.put("free_plan_claim", new LinkedHashSet<>(List.of("free_plan", "device")));
        references.put("free_plan", new LinkedHashSet<>(List.of("device")));
        references.put("cloud_order", new LinkedHashSet<>());

        var order = DatabaseWiper.deleteOrder(references);

        assertThat(order).containsExactlyInAnyOrder("device", "free_plan_claim", "free_plan", "cloud_order");
        assertThat(order.indexOf("free_plan_claim")).isLessThan(order.indexOf("free_plan"));
        assertThat(order.indexOf("free_plan")).isLessThan(order.indexOf("device"));
    }

    @Test
    void resetIsQuickWithTheDemoData() {
        // Measured and reported, not asserted (the machine's load is no property of the gateway).
        int rounds = 20;
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            assertThat(operator.reset().status()).isEqualTo(204);
        }
        System.out.printf("reset with the demo data: %.1f ms on average over %d rounds%n",
                (System.nanoTime() - started) / 1e6 / rounds, rounds);
    }

    private ApiResult sendWithNonce(String nonce, long timestamp) {
        var body = Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER).json()
                .getBytes(StandardCharsets.UTF_8);
        var request = RequestSigner.DEMO.sign(api.request(ApiClient.GET), ApiClient.GET, "application/json", body,
                timestamp, nonce).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return api.send(request.build());
    }
}
