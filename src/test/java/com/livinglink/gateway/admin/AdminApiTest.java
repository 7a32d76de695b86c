package com.livinglink.gateway.admin;

import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;

import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The operator API (contract section 9) over real HTTP, with an admin token and an HS256 secret set. */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + AdminApiTest.TOKEN,
        "gateway.identity.hs256-secret=admin-api-test-secret-0123456789abcdef"})
class AdminApiTest {

    static final String TOKEN = "test-admin-token";
    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    // access

    @Test
    void requestWithoutAuthorizationIs401WithABearerChallenge() {
        var result = api.send(api.request("/admin/orders/" + unique("ord")).GET().build());

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(result.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(result.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void requestWithAWrongTokenIs401() {
        var result = api.send(api.request("/admin/orders/" + unique("ord"))
                .header("Authorization", "Bearer " + TOKEN + "-wrong").GET().build());

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    // PUT /admin/devices/{iotId}

    @Test
    void putDeviceCreatesItThenUpdatesIt() {
        var iotId = unique("dev");

        var created = put("/admin/devices/" + iotId, """
                {"ownerIdentityId": "admin-a"}""");
        var updated = put("/admin/devices/" + iotId, """
                {"ownerIdentityId": "admin-b"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("iotId").asString()).isEqualTo(iotId);
        assertThat(created.json().get("ownerIdentityId").asString()).isEqualTo("admin-a");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("ownerIdentityId").asString()).isEqualTo("admin-b");
    }

    @Test
    void putDeviceWithANullOwnerClearsTheAdministrator() {
        var iotId = fixtures.device("admin-a").value();

        var result = put("/admin/devices/" + iotId, """
                {"ownerIdentityId": null}""");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("ownerIdentityId").isNull()).isTrue();
    }

    @Test
    void putDeviceWithAnInvalidIotIdIs400Problem() {
        var result = put("/admin/devices/" + "d".repeat(65), """
                {"ownerIdentityId": "admin-a"}""");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    // POST /admin/orders

    @Test
    void importCreatesNewOrdersAndReportsEachRefusedEntryByIndex() {
        var created = unique("ord");
        var noCopies = unique("ord");
        var unpaidStatus = unique("ord");
        var expiredStatus = unique("ord");
        var unknownCommodity = unique("ord");

        var result = post("/admin/orders", "[" + String.join(",",
                order(created, "eventResource_7", "\"copies\": 1, \"paymentStatus\": 1"),
                order(noCopies, "eventResource_7", "\"copies\": 0, \"paymentStatus\": 1"),
                order(unpaidStatus, "eventResource_7", "\"copies\": 1, \"paymentStatus\": 3"),
                order(expiredStatus, "eventResource_7", "\"copies\": 1, \"paymentStatus\": 1, \"status\": 1"),
                order(unknownCommodity, "eventResource_365", "\"copies\": 1, \"paymentStatus\": 1")) + "]");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        assertThat(result.json().get("skipped").asInt()).isZero();
        var errors = result.json().get("errors");
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(errors.get(0).get("orderId").asString()).isEqualTo(noCopies);
        assertThat(errors.get(0).get("message").asString()).contains("copies");
        assertThat(errors.get(1).get("index").asInt()).isEqualTo(2);
        assertThat(errors.get(1).get("message").asString()).contains("paymentStatus");
        assertThat(errors.get(2).get("index").asInt()).isEqualTo(3);
        assertThat(errors.get(2).get("message").asString()).contains("status");
        assertThat(errors.get(3).get("index").asInt()).isEqualTo(4);
        assertThat(errors.get(3).get("message").asString()).contains("catalog");
        assertThat(getOrder(created).status()).isEqualTo(200);
        assertThat(getOrder(noCopies).status()).isEqualTo(404);
    }

    @Test
    void importSkipsAnExistingOrderWithoutOverwritingIt() {
        var existing = fixtures.paidOrder().value();

        var result = post("/admin/orders", "[" + order(existing, "fullResource_30",
                "\"copies\": 7, \"paymentStatus\": 0, \"outOrderNo\": \"changed\"") + "]");

        assertThat(result.json().get("created").asInt()).isZero();
        assertThat(result.json().get("skipped").asInt()).isEqualTo(1);
        var kept = getOrder(existing).json();
        assertThat(kept.get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(kept.get("copies").asInt()).isEqualTo(1);
        assertThat(kept.get("paymentStatus").asInt()).isEqualTo(1);
        assertThat(kept.get("outOrderNo").asString()).isEqualTo("out-1");
    }

    @Test
    void importCreatesTheFirstOfDuplicatesInOneBatchAndSkipsTheRest() {
        var orderId = unique("ord");

        var result = post("/admin/orders", "[" + String.join(",",
                order(orderId, "eventResource_7", "\"copies\": 2, \"paymentStatus\": 1"),
                order(orderId, "fullResource_7", "\"copies\": 5, \"paymentStatus\": 1")) + "]");

        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        assertThat(result.json().get("skipped").asInt()).isEqualTo(1);
        assertThat(getOrder(orderId).json().get("copies").asInt()).isEqualTo(2);
    }

    @Test
    void importWithStatus2CreatesAFrozenOrder() {
        var orderId = unique("ord");

        post("/admin/orders", "[" + order(orderId, "eventResource_7",
                "\"copies\": 1, \"paymentStatus\": 1, \"status\": 2") + "]");

        var imported = getOrder(orderId).json();
        assertThat(imported.get("frozen").asBoolean()).isTrue();
        assertThat(imported.get("frozenAt").isNull()).isTrue();
        assertThat(imported.get("status").asInt()).isEqualTo(2);
    }

    @Test
    void anOrderFrozenThroughItsDeviceShowsWhenItWasFrozen() {
        var device = fixtures.device("admin-1");
        var order = fixtures.planFrom(device, "admin-1", Instant.parse("2024-03-01T00:00:00Z"), 1);
        fixtures.freeze(order, Instant.parse("2024-03-05T06:07:08Z"));

        var read = getOrder(order.value()).json();

        assertThat(read.get("frozen").asBoolean()).isTrue();
        assertThat(read.get("frozenAt").asString()).isEqualTo("2024-03-05T06:07:08Z");
    }

    @Test
    void importWithoutPriceTakesTheCatalogPrice() {
        var orderId = unique("ord");

        post("/admin/orders", "[" + order(orderId, "fullResource_30", "\"copies\": 1, \"paymentStatus\": 1") + "]");

        assertThat(getOrder(orderId).json().get("price").asString()).isEqualTo("1.0");
    }

    @Test
    void importOfABodyThatIsNotAnArrayIs400Problem() {
        var result = post("/admin/orders",
                order(unique("ord"), "eventResource_7", "\"copies\": 1, \"paymentStatus\": 1"));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    @Test
    void importOfMalformedJsonIs400Problem() {
        var result = post("/admin/orders", "[{\"orderId\": ");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    // GET /admin/orders/{orderId}

    @Test
    void getOrderShowsTheWholeOrderWithItsBindingAndRecordingSettings() {
        var device = fixtures.device("admin-a");
        var orderId = fixtures.boundOrder(device, "admin-a", Instant.parse("2024-03-01T02:00:00Z"));

        var result = getOrder(orderId.value());

        assertThat(result.status()).isEqualTo(200);
        var order = result.json();
        assertThat(order.get("orderId").asString()).isEqualTo(orderId.value());
        assertThat(order.get("commodityCode").asString()).isEqualTo("ilopLVCloudResource");
        assertThat(order.get("specification").asString()).isEqualTo("eventResource_7");
        assertThat(order.get("iotId").asString()).isEqualTo(device.value());
        assertThat(order.get("identityId").asString()).isEqualTo("admin-a");
        assertThat(order.get("userName").asString()).isEqualTo("user-name");
        assertThat(order.get("userId").asString()).isEqualTo("user-id");
        assertThat(order.get("startTime").asString()).isEqualTo("2024-03-01T02:00:00Z");
        assertThat(order.get("endTime").asString()).isEqualTo("2024-04-01T02:00:00Z");
        var settings = order.get("recordingSettings");
        assertThat(settings.get("enableDefaultPlan").asBoolean()).isFalse();
        assertThat(settings.get("preRecordDuration").asInt()).isEqualTo(5);
        assertThat(settings.get("recordDuration").asInt()).isEqualTo(10);
        assertThat(settings.get("eventRecordProlong").asBoolean()).isFalse();
        assertThat(settings.get("maxRecordFileDuration").asInt()).isEqualTo(1800);
    }

    @Test
    void getOfAnUnknownOrderIs404Problem() {
        var result = getOrder(unique("ord"));

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    // POST /admin/iot-tokens

    @Test
    void issuedIotTokenActsAsItsIdentityInOrderGet() {
        var device = fixtures.device("admin-a");
        var orderId = fixtures.boundOrder(device, "admin-a", Instant.parse("2024-03-01T02:00:00Z"));

        var asAdministrator = api.get(getEnvelope(device.value(), orderId).iotToken(issueToken("admin-a")));
        var asStranger = api.get(getEnvelope(device.value(), orderId).iotToken(issueToken("stranger")));

        assertThat(asAdministrator.code()).isEqualTo(200);
        assertThat(asAdministrator.data().get("identityId").asString()).isEqualTo("admin-a");
        assertThat(asStranger.code()).isEqualTo(460);
        assertThat(asStranger.message()).isEqualTo("auth failed");
    }

    @Test
    void iotTokenWithATtlOfZeroIs400Problem() {
        var result = post("/admin/iot-tokens", """
                {"identityId": "admin-a", "ttlSeconds": 0}""");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    private String issueToken(String identityId) {
        var result = post("/admin/iot-tokens", """
                {"identityId": "%s", "ttlSeconds": 600}""".formatted(identityId));
        assertThat(result.status()).isEqualTo(200);
        return result.json().get("iotToken").asString();
    }

    private static Envelope getEnvelope(String iotId, OrderId orderId) {
        return Envelope.get().param("iotId", iotId).param("orderId", orderId.value());
    }

    private static String order(String orderId, String specification, String fields) {
        return """
                {"orderId": "%s", "commodityCode": "ilopLVCloudResource", "specification": "%s", %s}"""
                .formatted(orderId, specification, fields);
    }

    private ApiResult getOrder(String orderId) {
        return api.send(authorized("/admin/orders/" + orderId).GET().build());
    }

    private ApiResult put(String path, String json) {
        return api.send(authorized(path).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)).build());
    }

    private ApiResult post(String path, String json) {
        return api.send(authorized(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder authorized(String path) {
        return api.request(path).header("Authorization", "Bearer " + TOKEN);
    }
}
