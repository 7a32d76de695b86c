package com.livinglink.gateway;

import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayProcess;
import com.livinglink.gateway.support.HttpsApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Contract section 3, rule 6: a binding is committed before its answer is sent. So whatever the gateway
 * acknowledged (a bind, an import, a device change) is still there after the process is killed at any moment
 * ({@code kill -9}: no shutdown hook, no database close) and started again on the same data directory. This
 * class runs the embedded default, H2 under the data directory; {@code CrashSafetyPostgresTest} runs it on
 * PostgreSQL.
 */
class CrashSafetyTest {

    private static final int SEQUENTIAL_BINDS = 60;
    private static final int CLIENTS = 16;
    private static final int BINDS_PER_CLIENT = 40;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 100;

    @TempDir
    Path workDir;

    /** Where the database lives besides the data directory: nothing for the embedded default. */
    List<String> databaseArguments() {
        return List.of();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillRightAfterTheLastAnswer() {
        var acknowledged = new ArrayList<Binding>();
        var firstDevice = unique("crash-dev");
        try (var gateway = start()) {
            var https = https(gateway);
            for (int i = 0; i < SEQUENTIAL_BINDS; i++) {
                var binding = new Binding(i == 0 ? firstDevice : unique("crash-dev"), "owner-" + i,
                        unique("crash-ord"));
                assertThat(putDevice(gateway, binding.device(), binding.owner()).status()).isEqualTo(201);
                assertThat(importOrder(gateway, binding.order()).json().get("created").asInt()).isEqualTo(1);
                var answer = bind(https, binding);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().get("code").asInt()).isEqualTo(200);
                acknowledged.add(binding);
            }
            assertThat(putDevice(gateway, firstDevice, "new-owner").status()).isEqualTo(200);
            gateway.kill();
        }

        try (var gateway = start()) {
            assertThat(lost(gateway, acknowledged)).as("acknowledged binds missing after the kill").isEmpty();
            var later = new Binding(firstDevice, "new-owner", unique("crash-ord"));
            importOrder(gateway, later.order());
            assertThat(bind(https(gateway), later).json().get("code").asInt()).isEqualTo(200);
            assertThat(order(gateway, later.order()).json().get("identityId").asString())
                    .as("the device change acknowledged last").isEqualTo("new-owner");
        }
    }

    @Test
    void everyAcknowledgedBindOfConcurrentClientsSurvivesAKillAndNoOrderIsHalfBound() throws Exception {
        var acknowledged = ConcurrentHashMap.<Binding>newKeySet();
        var attempted = ConcurrentHashMap.<Binding>newKeySet();
        var killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (var gateway = start()) {
            var https = https(gateway);
            for (int client = 0; client < CLIENTS; client++) {
                var device = unique("crash-dev");
                var owner = "owner-" + client;
                assertThat(putDevice(gateway, device, owner).status()).isEqualTo(201);
                clients.submit(() -> {
                    for (int i = 0; i < BINDS_PER_CLIENT && !killed.get(); i++) {
                        var binding = new Binding(device, owner, unique("crash-ord"));
                        attempted.add(binding);
                        try {
                            importOrder(gateway, binding.order());
                            var answer = bind(https, binding);
                            if (answer.status() == 200 && answer.json().get("code").asInt() == 200) {
                                acknowledged.add(binding);
                            }
                        }
                        catch (RuntimeException cutOffByTheKill) {
                            return;
                        }
                    }
                });
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_THE_KILL);
            killed.set(true);
            gateway.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        finally {
            clients.shutdownNow();
        }

        try (var gateway = start()) {
            assertThat(lost(gateway, acknowledged)).as("acknowledged binds missing after the kill").isEmpty();
            assertThat(attempted).allSatisfy(binding -> {
                var stored = order(gateway, binding.order());
                if (stored.status() == 200) {
                    assertWhollyBoundOrUnbound(stored.json(), binding);
                }
                else {
                    assertThat(stored.status()).as("order %s", binding.order()).isEqualTo(404);
                }
            });
        }
    }

    private GatewayProcess start() {
        return GatewayProcess.start(workDir.resolve("data"), databaseArguments());
    }

    private HttpsApiClient https(GatewayProcess gateway) {
        return new HttpsApiClient(workDir.resolve("data/tls/certificate.pem"), gateway.httpsPort());
    }

    private static ApiResult bind(HttpsApiClient https, Binding binding) {
        return https.post(ApiClient.BIND,
                Envelope.bind().param("iotId", binding.device()).param("orderId", binding.order()));
    }

    private static ApiResult putDevice(GatewayProcess gateway, String device, String owner) {
        return gateway.admin(gateway.adminRequest("/admin/devices/" + device).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"ownerIdentityId\": \"" + owner + "\"}")));
    }

    private static ApiResult importOrder(GatewayProcess gateway, String order) {
        return gateway.admin(gateway.adminRequest("/admin/orders").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"orderId\": \"" + order + "\", \"commodityCode\": "
                        + "\"ilopLVCloudResource\", \"specification\": \"eventResource_7\", \"copies\": 1, "
                        + "\"paymentStatus\": 1}]")));
    }

    private static ApiResult order(GatewayProcess gateway, String order) {
        return gateway.admin(gateway.adminRequest("/admin/orders/" + order).GET());
    }

    /** The acknowledged bindings the restarted gateway does not show, each with what it shows instead. */
    private static Map<String, String> lost(GatewayProcess gateway, Iterable<Binding> acknowledged) {
        var lost = new TreeMap<String, String>();
        for (var binding : acknowledged) {
            var stored = order(gateway, binding.order());
            if (stored.status() != 200 || !binding.device().equals(text(stored.json(), "iotId"))
                    || !binding.owner().equals(text(stored.json(), "identityId"))
                    || text(stored.json(), "startTime") == null || text(stored.json(), "endTime") == null) {
                lost.put(binding.order(), stored.status() == 200 ? "not bound" : "missing (" + stored.status() + ")");
            }
        }
        return lost;
    }

    private static void assertWhollyBoundOrUnbound(JsonNode order, Binding binding) {
        var bound = new String[] {text(order, "iotId"), text(order, "identityId"), text(order, "startTime"),
            text(order, "endTime")};
        if (bound[0] == null) {
            assertThat(bound).as("unbound order %s", binding.order()).containsOnlyNulls();
        }
        else {
            assertThat(bound).as("bound order %s", binding.order())
                    .containsExactly(binding.device(), binding.owner(), bound[2], bound[3]).doesNotContainNull();
        }
    }

    private static String text(JsonNode json, String field) {
        var value = json.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** One bind as the test asked for it: this order, to this device, whose administrator is this owner. */
    private record Binding(String device, String owner, String order) {
    }
}
