package com.livinglink.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import com.livinglink.gateway.support.PostgresDatabase;
import com.livinglink.gateway.support.PostgresTest;
import com.livinglink.gateway.support.RequestSigner;
import com.livinglink.gateway.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A reset through one instance is seen by the other (contract section 12): they share the PostgreSQL schema and
 * the Redis namespace, as in {@code sharedstate.TwoInstancesTest}, with test control on and the demo data.
 */
@PostgresTest
@EnabledIfEnvironmentVariable(named = TestRedis.URL_VARIABLE, matches = ".+")
class TwoInstancesResetTest {

    static final TestRedis redis = new TestRedis();
    static GatewayInstance a;
    static GatewayInstance b;

    @BeforeAll
    static void startTwoInstances(PostgresDatabase database) {
        var arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres,demo",
                "--spring.flyway.locations=classpath:db/migration,classpath:db/demo"));
        arguments.addAll(database.arguments());
        arguments.addAll(redis.arguments());
        a = GatewayInstance.start(arguments).awaitReady();
        b = GatewayInstance.start(arguments).awaitReady();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        redis.clean();
    }

    @Test
    void aResetOnOneInstanceEmptiesTheSharedDatabaseForTheOther() {
        var operatorA = new Operator(a.port());
        var operatorB = new Operator(b.port());
        var orderId = "two-instances-" + UUID.randomUUID();
        var imported = operatorB.post("/admin/orders", "[{\"orderId\":\"" + orderId + "\",\"commodityCode\":"
                + "\"ilopLVCloudResource\",\"specification\":\"eventResource_7\",\"copies\":1,\"paymentStatus\":1}]");
        assertThat(imported.json().get("created").asInt()).isEqualTo(1);
        assertThat(operatorA.get("/admin/orders/" + orderId).status()).as("the order imported through b, seen by a")
                .isEqualTo(200);
        var bind = b.client(RequestSigner.DEMO).bind(Envelope.bind().param("iotId", ResetTest.DEMO_DEVICE)
                .param("orderId", ResetTest.DEMO_UNBOUND_ORDER));
        assertThat(bind.code()).isEqualTo(200);

        assertThat(operatorA.reset().status()).isEqualTo(204);

        assertThat(operatorB.get("/admin/orders/" + orderId).status()).isEqualTo(404);
        assertThat(operatorB.get("/admin/orders/" + ResetTest.DEMO_UNBOUND_ORDER).json().get("iotId").isNull())
                .isTrue();
        assertThat(b.client(RequestSigner.DEMO).get(Envelope.get().param("iotId", ResetTest.DEMO_DEVICE)
                .param("orderId", ResetTest.DEMO_BOUND_ORDER)).code()).isEqualTo(200);
    }

    @Test
    void aResetOnOneInstanceForgetsTheNoncesUsedOnTheOther() {
        var nonce = UUID.randomUUID().toString();
        long timestamp = System.currentTimeMillis();
        assertThat(sendWithNonce(b.client(RequestSigner.DEMO), nonce, timestamp).code()).isEqualTo(200);
        assertThat(sendWithNonce(b.client(RequestSigner.DEMO), nonce, timestamp).header("X-Ca-Error-Code"))
                .isEqualTo("I400NC");

        assertThat(new Operator(a.port()).reset().status()).isEqualTo(204);

        List<String> nonceKeys = redis.inspect(commands -> commands.keys(redis.prefix() + "nonce:*"));
        assertThat(nonceKeys).isEmpty();
        assertThat(sendWithNonce(b.client(RequestSigner.DEMO), nonce, timestamp).code()).isEqualTo(200);
    }

    private static ApiResult sendWithNonce(ApiClient client, String nonce, long timestamp) {
        var body = Envelope.get().param("iotId", ResetTest.DEMO_DEVICE).param("orderId", ResetTest.DEMO_BOUND_ORDER)
                .json().getBytes(StandardCharsets.UTF_8);
        var request = RequestSigner.DEMO.sign(client.request(ApiClient.GET), ApiClient.GET, "application/json", body,
                timestamp, nonce).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return client.send(request.build());
    }
}
