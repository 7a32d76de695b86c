package com.livinglink.gateway.admin;

import static com.livinglink.gateway.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The operator API's documented limits (docs/api.md, the operator API): at most 10,000 orders an import, at
 * most 1,000 copies an order, and an iotToken living at most a year. Over a limit is refused, and nothing of
 * it is kept; at the limit is taken.
 */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + AdminApiTest.TOKEN,
        "gateway.identity.hs256-secret=admin-api-test-secret-0123456789abcdef"})
class OperatorLimitsTest {

    static final int MAX_IMPORT = 10_000;
    static final int MAX_COPIES = 1_000;
    static final int YEAR_SECONDS = 365 * 24 * 3600;

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anImportOfMoreThanTenThousandOrdersIs400ProblemAndImportsNone() {
        var prefix = unique("bulk");

        var result = post("/admin/orders", orders(IntStream.range(0, MAX_IMPORT + 1)
                .mapToObj(i -> order(prefix + "-" + i, 1)).collect(Collectors.joining(","))));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("Content-Type")).startsWith(AdminApiTest.PROBLEM_JSON);
        assertThat(get("/admin/orders/" + prefix + "-0").status()).isEqualTo(404);
        assertThat(get("/admin/orders/" + prefix + "-" + MAX_IMPORT).status()).isEqualTo(404);
    }

    @Test
    void anImportOfTenThousandOrdersIsTaken() {
        var orderId = unique("bulk");

        var result = post("/admin/orders",
                orders(String.join(",", Collections.nCopies(MAX_IMPORT, order(orderId, 1)))));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        assertThat(result.json().get("skipped").asInt()).isEqualTo(MAX_IMPORT - 1);
    }

    @Test
    void anOrderOfMoreThanAThousandCopiesIsRefusedByIndexAndOneOfAThousandIsCreated() {
        var tooMany = unique("ord");
        var aThousand = unique("ord");

        var result = post("/admin/orders", orders(order(tooMany, MAX_COPIES + 1) + "," + order(aThousand, MAX_COPIES)));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("created").asInt()).isEqualTo(1);
        var error = result.json().get("errors").get(0);
        assertThat(error.get("index").asInt()).isZero();
        assertThat(error.get("message").asString()).contains("copies");
        assertThat(get("/admin/orders/" + tooMany).status()).isEqualTo(404);
        assertThat(get("/admin/orders/" + aThousand).json().get("copies").asInt()).isEqualTo(MAX_COPIES);
    }

    @Test
    void anIotTokenLivingMoreThanAYearIs400Problem() {
        var result = post("/admin/iot-tokens", """
                {"identityId": "admin-a", "ttlSeconds": %d}""".formatted(YEAR_SECONDS + 1));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("Content-Type")).startsWith(AdminApiTest.PROBLEM_JSON);
        assertThat(result.body()).doesNotContain("iotToken");
    }

    @Test
    void anIotTokenLivingAYearIsIssued() {
        var result = post("/admin/iot-tokens", """
                {"identityId": "admin-a", "ttlSeconds": %d}""".formatted(YEAR_SECONDS));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("iotToken").asString()).isNotBlank();
    }

    private static String orders(String entries) {
        return "[" + entries + "]";
    }

    private static String order(String orderId, int copies) {
        return """
                {"orderId": "%s", "commodityCode": "ilopLVCloudResource", "specification": "eventResource_7", \
                "copies": %d, "paymentStatus": 1}""".formatted(orderId, copies);
    }

    private ApiResult get(String path) {
        return api.send(api.request(path).header("Authorization", "Bearer " + AdminApiTest.TOKEN).GET().build());
    }

    private ApiResult post(String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + AdminApiTest.TOKEN)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)).build());
    }
}
