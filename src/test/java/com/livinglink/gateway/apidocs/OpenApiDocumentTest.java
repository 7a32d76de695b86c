package com.livinglink.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import com.livinglink.gateway.support.Api;
import com.livinglink.gateway.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description the gateway serves, and its checked-in copy {@code docs/openapi.yaml}. After a change
 * to the description, regenerate the copy with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and commit it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Test control on, so that the description documents its operations too (they exist only when it is on).
        properties = {"springdoc.api-docs.enabled=true", "gateway.testing.enabled=true"})
class OpenApiDocumentTest {

    static final Path CHECKED_IN = Path.of("docs/openapi.yaml");

    @LocalServerPort
    int port;

    ApiClient api;
    JsonNode document;

    @BeforeEach
    void fetch() {
        api = new ApiClient(port);
        var served = api.send(api.request("/v3/api-docs").GET().build());
        assertThat(served.status()).isEqualTo(200);
        document = JsonMapper.builder().build().readTree(served.body());
    }

    @Test
    void theCheckedInDescriptionIsTheOneTheGatewayServes() throws IOException {
        var served = api.send(api.request("/v3/api-docs.yaml").GET().build());
        assertThat(served.status()).isEqualTo(200);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CHECKED_IN, served.body(), StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(CHECKED_IN, StandardCharsets.UTF_8))
                .as("%s differs from /v3/api-docs.yaml: regenerate it with "
                        + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true", CHECKED_IN)
                .isEqualTo(served.body());
    }

    @Test
    void bothApisAreDescribedAsSignedPostsOfTheirEnvelope() {
        for (var endpoint : Api.values()) {
            var post = document.at("/paths/" + pointer(endpoint.path()) + "/post");
            assertThat(post.isObject()).as(endpoint.path()).isTrue();
            assertThat(post.at("/requestBody/content").propertyNames())
                    .containsExactly("application/json", "application/octet-stream");
            assertThat(post.at("/security/0").propertyNames()).containsExactlyInAnyOrder("appKey", "appSignature");
            assertThat(post.at("/parameters").findValuesAsString("$ref")).contains(
                    "#/components/parameters/X-Ca-Timestamp", "#/components/parameters/X-Ca-Nonce",
                    "#/components/parameters/Content-MD5", "#/components/parameters/X-Ca-Signature-Headers");
        }
        assertThat(document.at("/components/securitySchemes/appKey/name").asString()).isEqualTo("X-Ca-Key");
        assertThat(document.at("/components/securitySchemes/appSignature/name").asString())
                .isEqualTo("X-Ca-Signature");
    }

    @Test
    void theSeedRequestsAreTheRequestExamples() {
        assertThat(requestExample(Api.BIND_ORDER)).isEqualTo(json(
                "{\"id\":\"1509086454180\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.0\"},\"params\":{"
                        + "\"iotId\":\"QIuozfUcxRX6frOTO4dKz2****\",\"orderId\":\"202210131******040001\","
                        + "\"userName\":\"1581053****\",\"userId\":\"1581053****\",\"enableDefaultPlan\":true,"
                        + "\"preRecordDuration\":5,\"recordDuration\":10,\"eventRecordProlong\":false,"
                        + "\"maxRecordFileDuration\":1800}}"));
        assertThat(requestExample(Api.GET_ORDER)).isEqualTo(json(
                "{\"id\":\"1509086454180\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{"
                        + "\"iotId\":\"QIuozfUcxRX6frOTO4dK****\",\"orderId\":\"20200731124115****\","
                        + "\"deviceNoOwner\":false}}"));
    }

    @Test
    void everyBindOrderParamHasTheContractsRangeAndDefault() {
        var params = document.at("/components/schemas/BindOrderParams");
        assertThat(params.at("/required").valueStream().map(JsonNode::asString)).containsExactly("iotId", "orderId");
        assertThat(params.at("/properties").propertyNames()).containsExactly("iotId", "orderId", "userName",
                "userId", "enableDefaultPlan", "preRecordDuration", "recordDuration", "eventRecordProlong",
                "maxRecordFileDuration");
        assertRange(params.at("/properties/iotId"), "minLength", 1, "maxLength", 64);
        assertRange(params.at("/properties/orderId"), "minLength", 1, "maxLength", 64);
        assertThat(params.at("/properties/userName/maxLength").asInt()).isEqualTo(128);
        assertThat(params.at("/properties/userId/maxLength").asInt()).isEqualTo(128);
        assertThat(params.at("/properties/enableDefaultPlan/default").asBoolean()).isFalse();
        assertInt(params.at("/properties/preRecordDuration"), 0, 5, 5);
        assertInt(params.at("/properties/recordDuration"), 0, 30, 10);
        assertThat(params.at("/properties/eventRecordProlong/default").asBoolean()).isFalse();
        assertInt(params.at("/properties/maxRecordFileDuration"), 600, 3600, 1800);
    }

    @Test
    void everyOrderGetParamHasTheContractsRuleAndDefault() {
        var params = document.at("/components/schemas/GetOrderParams");
        assertThat(params.at("/properties").propertyNames()).containsExactly("iotId", "orderId", "deviceNoOwner");
        assertRange(params.at("/properties/iotId"), "minLength", 1, "maxLength", 64);
        assertThat(params.at("/properties/deviceNoOwner/default").asBoolean()).isFalse();
    }

    @Test
    void orderDataListsTheKeysOfTheResponseInOrder() throws ClassNotFoundException {
        var wire = Arrays.stream(Class.forName("com.livinglink.gateway.order.web.OrderData").getRecordComponents())
                .map(component -> component.getName()).toList();

        assertThat(document.at("/components/schemas/OrderData/properties").propertyNames())
                .containsExactlyElementsOf(wire);
        assertThat(document.at("/components/schemas/ApiResponse/properties").propertyNames())
                .containsExactly("id", "code", "message", "localizedMsg", "data");
    }

    @Test
    void everyCodeOfTheContractIsListedAndHasAnExample() {
        var overview = document.at("/info/description").asString();
        for (var result : ResultCode.values()) {
            assertThat(overview).contains("| " + result.code() + " |");
        }
        for (var error : SignatureRefusal.values()) {
            assertThat(overview).contains("`" + error.errorCode() + "` | `" + error.message() + "`");
        }
        var exampleCodes = new ArrayList<Integer>();
        for (var endpoint : Api.values()) {
            document.at("/paths/" + pointer(endpoint.path()) + "/post/responses").forEach(response -> response
                    .at("/content").forEach(media -> media.at("/examples")
                            .forEach(example -> exampleCodes.add(example.at("/value/code").asInt()))));
        }
        assertThat(exampleCodes).containsAll(List.of(200, 400, 401, 403, 404, 429, 460, 500, 503, 28560, 29600,
                29601, 29602, 29603, 29604, 29605, 413));
    }

    @Test
    void transportRefusalsCarryTheirErrorHeaders() {
        var responses = document.at("/paths/" + pointer(Api.BIND_ORDER.path()) + "/post/responses");

        assertThat(responses.propertyNames()).containsExactly("200", "400", "401", "403", "413", "429");
        assertThat(responses.at("/429/headers").propertyNames()).contains("X-Ca-Error-Code", "X-Ca-Error-Message",
                "Retry-After");
        assertThat(document.at("/paths/" + pointer(Api.GET_ORDER.path()) + "/post/responses")
                .propertyNames()).doesNotContain("403");
    }

    @Test
    void theOperatorApiNeedsTheBearerToken() {
        var operations = StreamSupport.stream(document.at("/paths").properties().spliterator(), false)
                .filter(path -> path.getKey().startsWith("/admin/")).flatMap(path -> path.getValue().valueStream())
                .toList();

        var testControl = StreamSupport.stream(document.at("/paths").properties().spliterator(), false)
                .filter(path -> path.getKey().startsWith("/admin/test/")).flatMap(path -> path.getValue().valueStream())
                .toList();

        // Section 9's five operations (with GET /admin/devices/{iotId}), and the twelve of test control (section 12), which is on in this test.
        assertThat(testControl).hasSize(12);
        assertThat(operations).hasSize(5 + 12).allSatisfy(operation -> {
            assertThat(operation.at("/security/0").propertyNames()).containsExactly("operatorToken");
            assertThat(operation.at("/responses/401/content").propertyNames())
                    .containsExactly("application/problem+json");
        });
    }

    @Test
    void swaggerUiIsOffUnlessSwitchedOn() {
        assertThat(api.send(api.request("/swagger-ui.html").GET().build()).status()).isEqualTo(404);
    }

    private JsonNode requestExample(Api endpoint) {
        return document.at("/paths/" + pointer(endpoint.path())
                + "/post/requestBody/content/application~1json/examples/seed/value");
    }

    private static void assertInt(JsonNode schema, int minimum, int maximum, int defaultValue) {
        assertThat(schema.at("/type").asString()).isEqualTo("integer");
        assertRange(schema, "minimum", minimum, "maximum", maximum);
        assertThat(schema.at("/default").asInt()).isEqualTo(defaultValue);
    }

    private static void assertRange(JsonNode schema, String low, int min, String high, int max) {
        assertThat(schema.at("/" + low).asInt()).isEqualTo(min);
        assertThat(schema.at("/" + high).asInt()).isEqualTo(max);
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
