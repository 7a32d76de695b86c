package com.livinglink.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.DatabaseBehindProxy;
import com.livinglink.gateway.support.GatewayInstance;
import com.livinglink.gateway.support.PostgresDatabase;
import com.livinglink.gateway.support.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A database that cannot answer makes the operator API answer a retryable 503 problem, not a 500, and in
 * bounded time: a gateway on the production settings ({@code postgres} profile) whose PostgreSQL goes away or
 * freezes behind a {@link DatabaseBehindProxy}, called over HTTP through the operator token's filter. When the
 * database is back, so is the operator API.
 * <p>
 * Needs PostgreSQL ({@value PostgresDatabase#URL_VARIABLE}); {@code .ci/run} sets it.
 */
@PostgresTest
class AdminDatabaseUnavailableTest {

    static final String TOKEN = "admin-outage-token";
    static final String PROBLEM_JSON = "application/problem+json";
    /**
     * What bounds an operator call, which has no request budget: the pool's wait for a connection (1000 ms), a
     * check of an idle one (250 ms), PostgreSQL's socket timeout (1 s); far above them, for a loaded machine.
     */
    static final Duration BOUND = Duration.ofSeconds(8);

    static DatabaseBehindProxy database;
    static GatewayInstance gateway;

    @BeforeAll
    static void start(PostgresDatabase schema) {
        database = new DatabaseBehindProxy(schema);
        var arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--gateway.admin.token=" + TOKEN));
        arguments.addAll(database.arguments());
        gateway = GatewayInstance.start(arguments).awaitReady();
    }

    @AfterEach
    void databaseIsBack() {
        database.proxy().restore();
        gateway.awaitReady();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "PUT    | /admin/devices/outage-device | {\"ownerIdentityId\": \"admin-a\"}",
            "GET    | /admin/devices/outage-device |",
            "POST   | /admin/orders                | [{\"orderId\": \"outage-order\", \"commodityCode\": "
                    + "\"ilopLVCloudResource\", \"specification\": \"eventResource_7\", \"copies\": 1, "
                    + "\"paymentStatus\": 1}]",
            "GET    | /admin/orders/outage-order   |"})
    void withTheDatabaseGoneAnOperatorCallIsARetryable503Problem(String method, String path, String body) {
        database.proxy().cut();

        assertUnavailableWithinTheBound(() -> operator(method, path, body));
    }

    @Test
    void withTheDatabaseFrozenAnOperatorCallIsARetryable503Problem() {
        database.proxy().blackhole();

        assertUnavailableWithinTheBound(() -> operator("GET", "/admin/orders/outage-order", null));
    }

    @Test
    void withTheDatabaseGoneTheTokenIsStillCheckedFirst() {
        database.proxy().cut();

        var anonymous = gateway.client().send(gateway.client().request("/admin/orders/outage-order").GET().build());

        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void whenTheDatabaseIsBackSoIsTheOperatorApi() {
        database.proxy().cut();
        assertThat(operator("PUT", "/admin/devices/outage-device", "{\"ownerIdentityId\": \"admin-a\"}").status())
                .isEqualTo(503);

        database.proxy().restore();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(operator("PUT",
                "/admin/devices/outage-device", "{\"ownerIdentityId\": \"admin-b\"}").status()).isIn(200, 201));
        assertThat(operator("GET", "/admin/devices/outage-device", null).json().get("ownerIdentityId").asString())
                .isEqualTo("admin-b");
    }

    private static void assertUnavailableWithinTheBound(Supplier<ApiResult> call) {
        long started = System.nanoTime();
        var result = call.get();
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).as(result.body()).isEqualTo(503);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(result.json().get("detail").asString()).isEqualTo("The database is not available; try again.");
        assertThat(took).isLessThan(BOUND);
    }

    private static ApiResult operator(String method, String path, String body) {
        var client = gateway.client();
        return client.send(client.request(path).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build());
    }
}
