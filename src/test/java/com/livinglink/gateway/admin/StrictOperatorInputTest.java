package com.livinglink.gateway.admin;

import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The operator API reads its JSON strictly (contract sections 9 and 12): no number from a fraction or a
 * string, no boolean or string from a number, no key it does not know; a body that breaks that is a 400
 * problem naming the field and changes nothing, and in an import it is that entry's error. A price is a
 * decimal of at most 12 integer and 4 fraction digits, however it is written.
 */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + StrictOperatorInputTest.TOKEN,
        "gateway.identity.hs256-secret=strict-operator-input-test-secret-0123456789"})
class StrictOperatorInputTest {

    static final String TOKEN = "strict-operator-input-token";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void deviceOwnerGivenAsANumberIsRefused() {
        var iotId = unique("dev");

        assertRefusedNaming(send("PUT", "/admin/devices/" + iotId, "{\"ownerIdentityId\":42}"), "ownerIdentityId");

        assertThat(send("GET", "/admin/devices/" + iotId, null).status()).isEqualTo(404);
    }

    @Test
    void deviceWithAnUnknownKeyIsRefusedRatherThanRegisteredWithoutItsAdministrator() {
        var iotId = unique("dev");

        assertRefusedNaming(send("PUT", "/admin/devices/" + iotId, "{\"ownerIdentityID\":\"user-1\"}"),
                "ownerIdentityID");

        assertThat(send("GET", "/admin/devices/" + iotId, null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"3\"", "true"})
    void deviceFreeRemainQuotaThatIsNoWholeNumberIsRefused(String quota) {
        var iotId = unique("dev");

        assertRefusedNaming(send("PUT", "/admin/devices/" + iotId, "{\"ownerIdentityId\":\"u\",\"freeRemainQuota\":"
                + quota + "}"), "freeRemainQuota");

        assertThat(send("GET", "/admin/devices/" + iotId, null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"identityId\":\"u\",\"ttlSeconds\":\"600\"}",
        "{\"identityId\":\"u\",\"ttlSeconds\":60.5}", "{\"identityId\":7,\"ttlSeconds\":600}",
        "{\"identityId\":\"u\",\"ttl\":600}"})
    void iotTokenRequestOfTheWrongShapeIsRefused(String request) {
        var refused = send("POST", "/admin/iot-tokens", request);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("iotToken\"");
    }

    @Test
    void importEntryWithFractionalCopiesIsThatEntrysError() {
        var fractional = unique("ord");
        var valid = unique("ord");

        var result = importOrders(order(fractional, "\"copies\":1.5"), order(valid, "\"copies\":1"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        var error = result.json().get("errors").get(0);
        assertThat(error.get("index").asInt()).isZero();
        assertThat(error.get("orderId").asString()).isEqualTo(fractional);
        assertThat(error.get("message").asString()).contains("copies");
        assertThat(send("GET", "/admin/orders/" + fractional, null).status()).isEqualTo(404);
        assertThat(send("GET", "/admin/orders/" + valid, null).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"paymentStatus\":\"1\",\"copies\":1", "\"paymentStatus\":true,\"copies\":1",
        "\"copies\":1,\"orderType\":0.0", "\"copies\":1,\"outOrderNo\":12", "\"copies\":1,\"paymentstatus\":1"})
    void importEntryOfTheWrongShapeIsThatEntrysError(String fields) {
        var orderId = unique("ord");

        var result = importOrders("{\"orderId\":\"" + orderId + "\",\"commodityCode\":\"ilopLVCloudResource\","
                + "\"specification\":\"eventResource_7\"," + (fields.contains("paymentStatus\"") ? ""
                        : "\"paymentStatus\":1,") + fields + "}");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isZero();
        assertThat(result.json().get("errors").get(0).get("index").asInt()).isZero();
        assertThat(send("GET", "/admin/orders/" + orderId, null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"9e2147483647\"", "9e2147483647", "\"-9e2147483647\"", "\"9e2147483648\"",
        "9e2147483648", "\"1e-2147483647\"", "\"1e-2147483648\"", "\"1e400\"", "1e400",
        "\"1234567890123\"", "\"0.00001\"", "\"1.00000000000000000000000000000000000001\"", "\"-1\"",
        "\"NaN\"", "\"Infinity\"", "\"\"", "true"})
    void importPriceThatIsNoPriceIsThatEntrysError(String price) {
        var refused = unique("ord");
        var valid = unique("ord");

        var result = importOrders(order(refused, "\"copies\":1,\"price\":" + price), order(valid, "\"copies\":1"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        var error = result.json().get("errors").get(0);
        assertThat(error.get("index").asInt()).isZero();
        assertThat(error.get("message").asString()).contains("price");
        assertThat(send("GET", "/admin/orders/" + refused, null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"99.00\"", "99.5", "\"0e2147483647\"", "\"0e-2147483647\"", "\"1.00000\"",
        "\"1.000000000000000000000000000000000000000\"", "\"999999999999.9999\"", "\"1E+3\""})
    void importPriceThatIsAPriceIsKeptWithinTwelveIntegerAndFourFractionDigits(String price) {
        var orderId = unique("ord");

        var result = importOrders(order(orderId, "\"copies\":1,\"price\":" + price));

        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        var stored = send("GET", "/admin/orders/" + orderId, null).json().get("price").asString();
        assertThat(stored).matches("\\d{1,12}(\\.\\d{1,4})?");
    }

    private ApiResult importOrders(String... entries) {
        return send("POST", "/admin/orders", "[" + String.join(",", entries) + "]");
    }

    private static String order(String orderId, String fields) {
        return "{\"orderId\":\"" + orderId + "\",\"commodityCode\":\"ilopLVCloudResource\","
                + "\"specification\":\"eventResource_7\",\"paymentStatus\":1," + fields + "}";
    }

    private ApiResult send(String method, String path, String json) {
        var request = api.request(path).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        return api.send(request.build());
    }

    private static void assertRefusedNaming(ApiResult refused, String field) {
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains(field);
    }
}
