package com.livinglink.gateway.api;

import static com.livinglink.gateway.support.ApiClient.BIND;
import static com.livinglink.gateway.support.ApiClient.GET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The request and response envelope and the transport around it (contract sections 1, 2, 6 and 7). */
@HttpApiTest
class EnvelopeApiTest {

    static final String REQUEST_ID = "X-Ca-Request-Id";
    static final String CONTENT_TYPE = "application/json;charset=UTF-8";
    static final int MAX_BODY = 64 * 1024;
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The response envelope as written on the wire: exactly these five keys in this order. Parsing would
     * hide a reordering or a duplicate key, so the raw text is matched.
     */
    static final Pattern FIVE_KEYS_IN_ORDER = Pattern.compile(
            "\\{\"id\":\"[^\"\\\\]*\",\"code\":\\d+,\"message\":(?:null|\"(?:[^\"\\\\]|\\\\.)*\"),"
                    + "\"localizedMsg\":(?:null|\"(?:[^\"\\\\]|\\\\.)*\"),\"data\":(?:null|\\{.*\\})\\}",
            Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;
    IotId device;
    OrderId order;

    @BeforeEach
    void boundOrder() {
        api = new ApiClient(port);
        device = fixtures.device("admin-1");
        order = fixtures.boundOrder(device, "admin-1", Instant.now());
    }

    Envelope validGet() {
        return Envelope.get().param("iotId", device.value()).param("orderId", order.value());
    }

    /** A request body of the form the caller gives, with {@code $IOT} and {@code $ORDER} of the bound order. */
    String body(String template) {
        return template.replace("$IOT", device.value()).replace("$ORDER", order.value());
    }

    ApiResult post(String path, String body, String contentType) {
        return api.post(path, body.getBytes(StandardCharsets.UTF_8), "Content-Type", contentType);
    }

    ApiResult method(String method, String path) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(validGet().json())).build());
    }

    ApiResult chunked(String path, byte[] body) {
        return api.send(api.signedRequest(path, "application/json", body).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    /** A valid order/get envelope padded with an unknown parameter to exactly {@code size} bytes. */
    byte[] validGetOfSize(int size) {
        int unpadded = validGet().param("padding", "").json().getBytes(StandardCharsets.UTF_8).length;
        var padded = validGet().param("padding", "x".repeat(size - unpadded)).json().getBytes(StandardCharsets.UTF_8);
        assertThat(padded).hasSize(size);
        return padded;
    }

    /** One response of each kind the gateway gives: success, API-level errors, transport errors. */
    List<ApiResult> responsesOfEveryKind() {
        return List.of(
                api.get(validGet()),
                api.post(GET, "{"),
                api.get(Envelope.get().apiVer("9.9.9")),
                api.get(Envelope.get()),
                api.post("/vision/customer/cloudstorage/order/delete", validGet().json()),
                method("GET", GET),
                api.post(GET, validGetOfSize(MAX_BODY + 1), "Content-Type", "application/json"));
    }

    // --- content type

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "application/octet-stream", "application/octet-stream; charset=utf-8", "APPLICATION/OCTET-STREAM"})
    void bothContentTypesAreAcceptedWithAndWithoutCharset(String contentType) {
        var result = post(GET, validGet().json(), contentType);

        assertThat(result.code()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain; charset=utf-8", "multipart/form-data; boundary=xyz", "application/xml", "application/jsonp", "not a media type"})
    void anotherContentTypeIsARequestError(String contentType) {
        var result = post(GET, validGet().json(), contentType);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(400);
        assertThat(result.message()).isEqualTo("request error.");
    }

    // --- id

    @ParameterizedTest
    @ValueSource(strings = {"1509086454180", "a", " ", "a b", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void anIdOfOneTo64PrintableAsciiCharactersIsEchoed(String id) {
        var result = api.get(validGet().id(id));

        assertThat(result.id()).isEqualTo(id);
        assertThat(result.header(REQUEST_ID)).matches(UUID).isNotEqualTo(id);
    }

    static Stream<Arguments> unusableIds() {
        return Stream.of(
                Arguments.of("x".repeat(65)),
                Arguments.of(""),
                Arguments.of("设备"),
                Arguments.of("café"),
                Arguments.of("a\tb"),
                Arguments.of("a\u0000b"),
                Arguments.of("a\u007fb"),
                Arguments.of("a\nb"),
                Arguments.of(Map.of("id", "1")),
                Arguments.of(List.of("1")),
                Arguments.of(true),
                Arguments.of(1.5),
                Arguments.of("1".repeat(65)),
                Arguments.of((Object) null));
    }

    @ParameterizedTest
    @MethodSource("unusableIds")
    void anyOtherIdIsReplacedByTheServerRequestId(Object id) {
        var result = api.get(validGet().id(id));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.id()).matches(UUID).isEqualTo(result.header(REQUEST_ID));
    }

    @Test
    void anAbsentIdIsReplacedByTheServerRequestId() {
        var result = api.post(GET, body("""
                {"request":{"apiVer":"1.0.6"},"params":{"iotId":"$IOT","orderId":"$ORDER"}}"""));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.id()).matches(UUID).isEqualTo(result.header(REQUEST_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1509086454180", "0", "-7", "123456789012345678901234567890"})
    void aNumericIdIsEchoedAsItsDigits(String digits) {
        var result = api.post(GET, body("""
                {"id":%s,"request":{"apiVer":"1.0.6"},"params":{"iotId":"$IOT","orderId":"$ORDER"}}"""
                .formatted(digits)));

        assertThat(result.body()).startsWith("{\"id\":\"" + digits + "\",");
    }

    @Test
    void theIdIsEchoedOnErrorsToo() {
        var result = api.get(Envelope.get().id("client-42"));

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.id()).isEqualTo("client-42");
    }

    @Test
    void everyResponseCarriesTheServerRequestIdAsAUuid() {
        assertThat(responsesOfEveryKind()).allSatisfy(result -> assertThat(result.header(REQUEST_ID)).matches(UUID));
    }

    @Test
    void eachRequestHasItsOwnRequestId() {
        var first = api.get(validGet());
        var second = api.get(validGet());

        assertThat(first.header(REQUEST_ID)).isNotEqualTo(second.header(REQUEST_ID));
    }

    // --- version, request, apiVer, params

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.6\"},"
                    + "\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}"})
    void versionIsOptionalAnd1Point0(String template) {
        assertThat(api.post(GET, body(template)).code()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2.0\"", "1.0", "1", "\"1\"", "\"1.0.0\"", "\"\"", "true", "{}", "[\"1.0\"]"})
    void anyOtherVersionIsARequestError(String version) {
        var result = api.post(GET, body("""
                {"version":%s,"request":{"apiVer":"1.0.6"},"params":{"iotId":"$IOT","orderId":"$ORDER"}}"""
                .formatted(version)));

        assertThat(result.code()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":null,\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":\"1.0.6\",\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":[{\"apiVer\":\"1.0.6\"}],\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":106,\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}"})
    void aMissingRequestOrOneThatIsNotAnObjectIsARequestError(String template) {
        assertThat(api.post(GET, body(template)).code()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"apiVer\":null}", "{\"apiVer\":106}", "{\"apiVer\":1.0}",
            "{\"apiVer\":[\"1.0.6\"]}", "{\"apiVer\":{\"v\":\"1.0.6\"}}", "{\"apiVer\":true}",
            "{\"ApiVer\":\"1.0.6\"}"})
    void aMissingApiVerOrOneThatIsNotAStringIsARequestError(String request) {
        var result = api.post(GET, body("""
                {"request":%s,"params":{"iotId":"$IOT","orderId":"$ORDER"}}""".formatted(request)));

        assertThat(result.code()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.7", "0.9.9", "1.1.0", "2.0.0", "1.0", "1.0.0.0", "abc", "", "1.0.6 ", "v1.0.6",
            "1.0.6-SNAPSHOT", "１.０.６"})
    void anApiVerOutsideTheRangeOrMalformedIsServiceNotFoundNamingTheRange(String apiVer) {
        var result = api.get(validGet().apiVer(apiVer));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(404);
        assertThat(result.message()).startsWith("service not found.").endsWith("1.0.0 - 1.0.6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.0.5", "1.0.6", "1.0.06", "01.0.6"})
    void everyApiVerFrom1Point0Point0To1Point0Point6IsAcceptedOnOrderGet(String apiVer) {
        assertThat(api.get(validGet().apiVer(apiVer)).code()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.6", "1.0.1", "0.9.9", "1.0"})
    void bindOrderAcceptsOnly1Point0Point0(String apiVer) {
        var result = api.bind(Envelope.bind().apiVer(apiVer).param("iotId", device.value())
                .param("orderId", fixtures.paidOrder().value()));

        assertThat(result.code()).isEqualTo(404);
        assertThat(result.message()).startsWith("service not found.").endsWith(": 1.0.0");
    }

    @Test
    void bindOrderAccepts1Point0Point0() {
        var result = api.bind(Envelope.bind().param("iotId", device.value())
                .param("orderId", fixtures.paidOrder().value()));

        assertThat(result.code()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"request\":{\"apiVer\":\"1.0.6\"}}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":null}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":[]}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":[{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}]}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":\"iotId=$IOT\"}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":0}"})
    void missingParamsOrParamsThatAreNotAnObjectAreARequestError(String template) {
        assertThat(api.post(GET, body(template)).code()).isEqualTo(400);
    }

    @Test
    void emptyParamsAreAParameterErrorNamingTheMissingFields() {
        var result = api.get(Envelope.get());

        assertThat(result.code()).isEqualTo(460);
        assertThat(result.message())
                .isEqualTo("request parameter error: iotId is required; orderId is required");
    }

    @Test
    void unknownKeysAnywhereAreIgnored() {
        var result = api.post(GET, body("""
                {"id":"1","version":"1.0","sign":"abc","extra":{"nested":[1,2,{"x":null}]},
                 "request":{"apiVer":"1.0.6","appKey":"k","unknown":[true]},
                 "params":{"iotId":"$IOT","orderId":"$ORDER","pageSize":10,"more":{"a":"b"}}}"""));

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.data().get("orderId").asString()).isEqualTo(order.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"1\",\"id\":\"2\",\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":{\"apiVer\":\"1.0.6\",\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{},\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":\"other\",\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\",\"x\":{\"a\":1,\"a\":2}}}",
            "{\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\",\"x\":[{\"a\":1,\"a\":1}]}}",
            "{\"extra\":{\"k\":null,\"k\":null},\"request\":{\"apiVer\":\"1.0.6\"},\"params\":{\"iotId\":\"$IOT\",\"orderId\":\"$ORDER\"}}"})
    void aKeyTwiceInOneObjectIsARequestErrorAtAnyDepth(String template) {
        var result = api.post(GET, body(template));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(400);
        assertThat(result.message()).isEqualTo("request error.");
    }

    @Test
    void theSameKeyInDifferentObjectsIsNotADuplicate() {
        var result = api.post(GET, body("""
                {"request":{"apiVer":"1.0.6","x":{"iotId":"a"}},
                 "params":{"iotId":"$IOT","orderId":"$ORDER","x":{"iotId":"b"},"y":[{"iotId":1},{"iotId":2}]}}"""));

        assertThat(result.code()).isEqualTo(200);
    }

    // --- the response

    @Test
    void everyResponseHasExactlyTheFiveKeysInOrder() {
        assertThat(responsesOfEveryKind()).allSatisfy(result -> assertThat(result.body()).matches(FIVE_KEYS_IN_ORDER));
    }

    @Test
    void successHasNullMessages() {
        var result = api.get(validGet());

        assertThat(result.code()).isEqualTo(200);
        assertThat(result.body()).contains(",\"code\":200,\"message\":null,\"localizedMsg\":null,\"data\":{");
    }

    @Test
    void errorsHaveNullData() {
        assertThat(api.get(Envelope.get()).body()).endsWith(",\"data\":null}");
    }

    @Test
    void everyResponseIsJsonInUtf8() {
        assertThat(responsesOfEveryKind())
                .allSatisfy(result -> assertThat(result.header("Content-Type")).isEqualTo(CONTENT_TYPE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/xml", "text/html", "application/xml;q=0.9", "not a media type"})
    void anyAcceptHeaderStillGetsTheJsonEnvelope(String accept) {
        var request = api.request("/vision/customer/cloudstorage/no/such/api").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        var result = api.send(request);

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.header("Content-Type")).isEqualTo(CONTENT_TYPE);
        assertThat(result.code()).isEqualTo(404);
    }

    static Stream<Arguments> apiLevelErrors() {
        return Stream.of(
                Arguments.of(GET, "{", 400),
                Arguments.of(GET, Envelope.get().apiVer("1.0.7").json(), 404),
                Arguments.of(GET, Envelope.get().json(), 460),
                Arguments.of(BIND, Envelope.bind().param("iotId", "no-such-device").param("orderId", "o").json(),
                        28560),
                Arguments.of(GET, Envelope.get().param("iotId", "no-such-device").param("orderId", "o").json(), 29600));
    }

    @ParameterizedTest
    @MethodSource("apiLevelErrors")
    void apiLevelErrorsAreAnsweredWithHttp200(String path, String body, int code) {
        var result = api.post(path, body);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(code);
    }

    // --- transport

    @ParameterizedTest
    @ValueSource(strings = {"/vision/customer/cloudstorage/order/delete", "/vision/customer/cloudstorage/order/get/x",
            "/vision/", "/", "/error", "/customer/cloudstorage/order/get"})
    void anUnknownPathIsHttp404WithServiceNotFound(String path) {
        var result = api.post(path, validGet().json());

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.code()).isEqualTo(404);
        assertThat(result.message()).isEqualTo("service not found.");
    }

    @ParameterizedTest
    @CsvSource({"GET, " + GET, "PUT, " + GET, "DELETE, " + GET, "PATCH, " + GET, "OPTIONS, " + GET, "TRACE, " + GET,
            "GET, " + BIND, "PUT, " + BIND})
    void aMethodOtherThanPostIsHttp405(String method, String path) {
        var result = method(method, path);

        assertThat(result.status()).isEqualTo(405);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I405UM");
        assertThat(result.header("X-Ca-Error-Message")).isEqualTo("Unsupported Method");
        assertThat(result.header("Allow")).isEqualTo("POST");
        assertThat(result.code()).isEqualTo(405);
        assertThat(result.message()).isEqualTo("Unsupported Method");
    }

    @Test
    void aBodyOver64KibWithContentLengthIsHttp413() {
        assertTooLarge(api.post(GET, validGetOfSize(MAX_BODY + 1), "Content-Type", "application/json"));
    }

    @Test
    void aChunkedBodyOver64KibIsHttp413() {
        assertTooLarge(chunked(GET, validGetOfSize(MAX_BODY + 1)));
    }

    @Test
    void aBodyFarOver64KibIsHttp413() {
        assertTooLarge(api.post(BIND, validGetOfSize(1024 * 1024), "Content-Type", "application/json"));
    }

    private static void assertTooLarge(ApiResult result) {
        assertThat(result.status()).isEqualTo(413);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I413RL");
        assertThat(result.header("X-Ca-Error-Message")).isEqualTo("Request body too Large");
        assertThat(result.code()).isEqualTo(413);
        assertThat(result.message()).isEqualTo("Request body too Large");
    }

    @Test
    void aBodyOfExactly64KibIsNotTooLarge() {
        assertThat(api.post(GET, validGetOfSize(MAX_BODY), "Content-Type", "application/json").code()).isEqualTo(200);
        assertThat(chunked(GET, validGetOfSize(MAX_BODY)).code()).isEqualTo(200);
    }

    @Test
    void headersOverTheServersLimitGetAnEnvelopeNotAnHtmlPage() {
        var result = api.send(api.request(GET).header("X-Padding", "x".repeat(20_000))
                .POST(HttpRequest.BodyPublishers.ofString(validGet().json())).build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(result.body()).matches("\\{\"id\":\"[-0-9a-f]{36}\",\"code\":400,\"message\":\"request error.\","
                + "\"localizedMsg\":\"请求错误\",\"data\":null}");
    }
}
