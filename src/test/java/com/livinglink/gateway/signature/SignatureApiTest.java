package com.livinglink.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Burst;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Each row of the contract's section 7 table, over real HTTP. */
@HttpApiTest
@TestPropertySource(properties = {
        "gateway.security.apps[0].key=test-app", "gateway.security.apps[0].secret=test-app-secret",
        "gateway.security.apps[0].apis=bind-order,get-order",
        "gateway.security.apps[1].key=reader", "gateway.security.apps[1].secret=reader-secret",
        "gateway.security.apps[1].apis=get-order",
        "gateway.security.apps[2].key=slow", "gateway.security.apps[2].secret=slow-secret",
        "gateway.security.apps[2].apis=get-order", "gateway.security.apps[2].rate-limit=2",
        "gateway.security.apps[3].key=nonceless", "gateway.security.apps[3].secret=nonceless-secret",
        "gateway.security.apps[3].apis=get-order", "gateway.security.apps[3].nonce-required=false"})
class SignatureApiTest {

    static final String JSON = "application/json";
    static final String FORM_TYPE = "application/x-www-form-urlencoded";
    static final byte[] FORM = "orderId=o&iotId=d&empty=".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;
    byte[] body;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        body = Envelope.get().param("iotId", "no-such-device").param("orderId", "no-such-order").json()
                .getBytes(StandardCharsets.UTF_8);
    }

    HttpRequest.Builder signed(RequestSigner signer, String path, byte[] content, long timestamp, String nonce) {
        return signer.sign(api.request(path).header("Content-Type", JSON).header("X-Forwarded-Proto", "https"), path,
                JSON, content, timestamp, nonce).POST(HttpRequest.BodyPublishers.ofByteArray(content));
    }

    HttpRequest.Builder signed(byte[] content) {
        return signed(RequestSigner.TEST_APP, ApiClient.GET, content, System.currentTimeMillis(),
                UUID.randomUUID().toString());
    }

    /**
     * Signed as the Tea-based SDK signs: the time in Date (when not null), X-Ca-Nonce (when not null) and
     * X-Ca-Key signed, no X-Ca-Timestamp.
     */
    HttpRequest.Builder dateSigned(RequestSigner signer, String date, String nonce) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Accept", JSON);
        headers.put("Content-MD5", RequestSigner.contentMd5(body));
        headers.put("Content-Type", JSON);
        if (date != null) {
            headers.put("Date", date);
        }
        headers.put("X-Ca-Key", signer.appKey());
        if (nonce != null) {
            headers.put("X-Ca-Nonce", nonce);
        }
        var signedHeaders = nonce == null ? List.of("x-ca-key") : List.of("x-ca-key", "x-ca-nonce");
        return signer.sign(api.request(ApiClient.GET), ApiClient.GET, headers, signedHeaders, "HmacSHA256")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    static String date(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    static String freshNonce() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aCorrectlySignedRequestPassesTheGateway() {
        assertThat(api.send(signed(body).build()).code()).isEqualTo(29600);
    }

    @Test
    void missingAppKeyIsEmptyAppKey() {
        var result = api.send(api.request(ApiClient.GET).header("Content-Type", JSON)
                .header("X-Ca-Signature", "x").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertRefused(result, 401, "I401EK", "Empty AppKey");
    }

    @Test
    void missingSignatureIsEmptySignature() {
        var result = api.send(api.request(ApiClient.GET).header("Content-Type", JSON).header("X-Ca-Key", "test-app")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertRefused(result, 401, "I401ES", "Empty Signature");
    }

    @Test
    void unknownAppIsInvalidAppKey() {
        var stranger = new RequestSigner("stranger", "whatever");
        var result = api.send(signed(stranger, ApiClient.GET, body, System.currentTimeMillis(), "n").build());

        assertRefused(result, 400, "I400AK", "Invalid AppKey");
    }

    @Test
    void tamperedBodyIsInvalidContentMd5() {
        var tampered = new String(body, StandardCharsets.UTF_8).replace("no-such-order", "someone-elses")
                .getBytes(StandardCharsets.UTF_8);
        var request = signed(body).POST(HttpRequest.BodyPublishers.ofByteArray(tampered)).build();

        assertRefused(api.send(request), 400, "I400MD", "Invalid Content-MD5");
    }

    @Test
    void missingContentMd5ForABodyIsInvalidContentMd5() {
        var request = signed(body).setHeader("Content-MD5", "").build();

        assertRefused(api.send(request), 400, "I400MD", "Invalid Content-MD5");
    }

    @Test
    void timestampThatIsNotANumberIsInvalidTimestamp() {
        var request = signed(body).setHeader("X-Ca-Timestamp", "yesterday").build();

        assertRefused(api.send(request), 400, "I400TS", "Invalid Timestamp");
    }

    @Test
    void timestampSixteenMinutesOldIsExpired() {
        var old = System.currentTimeMillis() - Duration.ofMinutes(16).toMillis();
        var result = api.send(signed(RequestSigner.TEST_APP, ApiClient.GET, body, old, "n-old").build());

        assertRefused(result, 400, "I400TS", "Timestamp Expired");
    }

    @Test
    void timestampSixteenMinutesAheadIsExpired() {
        var ahead = System.currentTimeMillis() + Duration.ofMinutes(16).toMillis();
        var result = api.send(signed(RequestSigner.TEST_APP, ApiClient.GET, body, ahead, "n-ahead").build());

        assertRefused(result, 400, "I400TS", "Timestamp Expired");
    }

    @Test
    void timestampFourteenMinutesOldIsAccepted() {
        var old = System.currentTimeMillis() - Duration.ofMinutes(14).toMillis();
        var result = api.send(signed(RequestSigner.TEST_APP, ApiClient.GET, body, old, UUID.randomUUID().toString())
                .build());

        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void requestTimedByItsDateHeaderAloneIsAccepted() {
        var result = api.send(dateSigned(RequestSigner.TEST_APP, date(Instant.now()), freshNonce()).build());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(29600);
    }

    @Test
    void dateSixteenMinutesOldIsExpired() {
        var stale = date(Instant.now().minus(Duration.ofMinutes(16)));

        assertRefused(api.send(dateSigned(RequestSigner.TEST_APP, stale, freshNonce()).build()), 400, "I400TS",
                "Timestamp Expired");
    }

    @Test
    void dateThatIsNotRfc1123IsInvalidTimestamp() {
        var request = dateSigned(RequestSigner.TEST_APP, Instant.now().toString(), freshNonce()).build();

        assertRefused(api.send(request), 400, "I400TS", "Invalid Timestamp");
    }

    @Test
    void neitherTimestampNorDateIsInvalidTimestamp() {
        assertRefused(api.send(dateSigned(RequestSigner.TEST_APP, null, freshNonce()).build()), 400, "I400TS",
                "Invalid Timestamp");
    }

    @Test
    void timestampGoesBeforeDate() {
        var stale = System.currentTimeMillis() - Duration.ofMinutes(16).toMillis();
        var request = dateSigned(RequestSigner.TEST_APP, date(Instant.now()), freshNonce())
                .header("X-Ca-Timestamp", String.valueOf(stale)).build();

        assertRefused(api.send(request), 400, "I400TS", "Timestamp Expired");
    }

    @Test
    void timestampLeftOutOfTheSignedHeadersIsInvalidSignature() {
        var request = dateSigned(RequestSigner.TEST_APP, date(Instant.now()), freshNonce())
                .header("X-Ca-Timestamp", String.valueOf(System.currentTimeMillis())).build();

        assertThat(api.send(request).header("X-Ca-Error-Code")).isEqualTo("I400SG");
    }

    @Test
    void replayedDateSignedRequestIsNonceUsed() {
        var request = dateSigned(RequestSigner.TEST_APP, date(Instant.now()), freshNonce()).build();

        assertThat(api.send(request).status()).isEqualTo(200);
        assertRefused(api.send(request), 400, "I400NC", "Nonce Used");
    }

    @Test
    void requestWithoutANonceIsInvalidNonceByDefault() {
        assertRefused(api.send(dateSigned(RequestSigner.TEST_APP, date(Instant.now()), null).build()), 400,
                "I400NC", "Invalid Nonce");
    }

    @Test
    void requestWithoutANonceIsAcceptedFromAnAppThatDoesNotRequireOne() {
        var nonceless = new RequestSigner("nonceless", "nonceless-secret");

        var result = api.send(dateSigned(nonceless, date(Instant.now()), null).build());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).isEqualTo(29600);
    }

    @Test
    void aNonceIsStillUsedOnceByAnAppThatDoesNotRequireOne() {
        var request = dateSigned(new RequestSigner("nonceless", "nonceless-secret"), date(Instant.now()),
                freshNonce()).build();

        assertThat(api.send(request).status()).isEqualTo(200);
        assertRefused(api.send(request), 400, "I400NC", "Nonce Used");
    }

    @Test
    void missingNonceIsInvalidNonce() {
        var request = signed(body).setHeader("X-Ca-Nonce", "").build();

        assertRefused(api.send(request), 400, "I400NC", "Invalid Nonce");
    }

    @Test
    void replayedRequestIsNonceUsed() {
        var request = signed(body).build();

        assertThat(api.send(request).status()).isEqualTo(200);
        assertRefused(api.send(request), 400, "I400NC", "Nonce Used");
    }

    @Test
    void nonceOfARefusedSignatureIsNotUsedUp() {
        var nonce = UUID.randomUUID().toString();
        var now = System.currentTimeMillis();
        var forged = signed(new RequestSigner("test-app", "wrong-secret"), ApiClient.GET, body, now, nonce).build();
        assertThat(api.send(forged).header("X-Ca-Error-Code")).isEqualTo("I400SG");

        var genuine = signed(RequestSigner.TEST_APP, ApiClient.GET, body, now, nonce).build();
        assertThat(api.send(genuine).status()).isEqualTo(200);
    }

    @Test
    void wrongSecretIsInvalidSignatureShowingTheServersStringToSign() {
        var result = api.send(signed(new RequestSigner("test-app", "wrong-secret"), ApiClient.GET, body, 1L, "n-1")
                .setHeader("X-Ca-Timestamp", String.valueOf(System.currentTimeMillis())).build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I400SG");
        var message = result.header("X-Ca-Error-Message");
        assertThat(message).startsWith("Invalid Signature, Server StringToSign:`POST#application/json#")
                .contains("#application/json##x-ca-key:test-app#x-ca-nonce:n-1#x-ca-signature-method:HmacSHA256#")
                .endsWith("#/vision/customer/cloudstorage/order/get`");
        assertThat(result.message()).isEqualTo(message);
        assertThat(result.code()).isEqualTo(400);
    }

    @Test
    void tamperedSignedHeaderIsInvalidSignature() {
        var request = signed(body).setHeader("X-Ca-Timestamp", String.valueOf(System.currentTimeMillis() - 1000))
                .build();

        assertThat(api.send(request).header("X-Ca-Error-Code")).isEqualTo("I400SG");
    }

    @Test
    void queryParametersAreSigned() {
        var request = signed(body).uri(api.request(ApiClient.GET + "?extra=1").build().uri()).build();

        assertThat(api.send(request).header("X-Ca-Error-Code")).isEqualTo("I400SG");
    }

    @Test
    void signatureThatLeavesOutTheNonceIsInvalidSignature() {
        var request = signed(body).setHeader("X-Ca-Signature-Headers", "x-ca-key,x-ca-signature-method,x-ca-timestamp")
                .build();

        assertThat(api.send(request).header("X-Ca-Error-Code")).isEqualTo("I400SG");
    }

    @Test
    void bindOrderOverPlainHttpIsRefused() {
        var content = Envelope.bind().json().getBytes(StandardCharsets.UTF_8);
        var request = RequestSigner.TEST_APP.sign(api.request(ApiClient.BIND).header("Content-Type", JSON),
                ApiClient.BIND, JSON, content).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();

        assertRefused(api.send(request), 403, "I403PT", "Invalid protocol HTTP unsupported");
    }

    @Test
    void orderGetOverPlainHttpIsServed() {
        var request = RequestSigner.TEST_APP.sign(api.request(ApiClient.GET).header("Content-Type", JSON),
                ApiClient.GET, JSON, body).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        assertThat(api.send(request).code()).isEqualTo(29600);
    }

    @Test
    void appThatMayNotCallTheApiGetsTheSeedsForbiddenExample() {
        var reader = new ApiClient(port, new RequestSigner("reader", "reader-secret"));

        var result = reader.bind(Envelope.bind().param("iotId", "d").param("orderId", "o"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("code").asInt()).isEqualTo(403);
        assertThat(result.message()).isEqualTo("request forbidden.");
        assertThat(result.localizedMsg()).isEqualTo("请求被禁止");
        assertThat(result.data().isNull()).isTrue();
        assertThat(result.body()).matches("\\{\"id\":\"[^\"]+\",\"code\":403,\"message\":\"request forbidden.\","
                + "\"localizedMsg\":\"请求被禁止\",\"data\":null}");
    }

    @Test
    void appThatMayNotCallTheApiGetsItsOwnIdBackAndItsLanguage() {
        var reader = new ApiClient(port, new RequestSigner("reader", "reader-secret"));

        var result = reader.bind(Envelope.bind().id("client-42").language("en-US").param("iotId", "d")
                .param("orderId", "o"));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo("{\"id\":\"client-42\",\"code\":403,\"message\":\"request forbidden.\","
                + "\"localizedMsg\":\"request forbidden.\",\"data\":null}");
    }

    @Test
    void appThatMayNotCallTheApiIsAnsweredInTheAcceptLanguageWhenTheEnvelopeNamesNone() {
        var reader = new ApiClient(port, new RequestSigner("reader", "reader-secret"));
        var body = Envelope.bind().id(7).param("iotId", "d").param("orderId", "o").json()
                .getBytes(StandardCharsets.UTF_8);

        var result = reader.post(ApiClient.BIND, body, "Accept-Language", "en-US,en;q=0.8");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("id").asString()).isEqualTo("7");
        assertThat(result.json().get("code").asInt()).isEqualTo(403);
        assertThat(result.localizedMsg()).isEqualTo("request forbidden.");
    }

    @Test
    void appThatMayNotCallTheApiWithAnUnreadableEnvelopeGetsTheServersIdAndTheDefaultLanguage() {
        var reader = new ApiClient(port, new RequestSigner("reader", "reader-secret"));

        var result = reader.post(ApiClient.BIND, "{\"id\":\"client-42\",".getBytes(StandardCharsets.UTF_8));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("code").asInt()).isEqualTo(403);
        assertThat(result.json().get("id").asString()).isNotEqualTo("client-42").isEqualTo(result.header("X-Ca-Request-Id"));
        assertThat(result.localizedMsg()).isEqualTo("请求被禁止");
    }

    @Test
    void aNonceOf128CharactersIsAccepted() {
        var result = api.send(signed(RequestSigner.TEST_APP, ApiClient.GET, body, System.currentTimeMillis(),
                nonceOf(128)).build());

        assertThat(result.code()).isEqualTo(29600);
    }

    @Test
    void aNonceOfMoreThan128CharactersIsInvalidNonce() {
        var result = api.send(signed(RequestSigner.TEST_APP, ApiClient.GET, body, System.currentTimeMillis(),
                nonceOf(129)).build());

        assertRefused(result, 400, "I400NC", "Invalid Nonce");
    }

    /** Contract section 7, PathAndParameters: a form body's parameters are signed, sorted by key, after the path. */
    @Test
    void aFormBodysParametersAreSignedAfterThePath() {
        var result = api.send(formSigned(ApiClient.GET, ApiClient.GET + "?empty&iotId=d&orderId=o").build());

        assertPassedTheSignatureLayer(result);
    }

    @Test
    void aFormBodySignedWithoutItsParametersIsInvalidSignature() {
        var result = api.send(formSigned(ApiClient.GET, ApiClient.GET).build());

        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I400SG");
        assertThat(result.header("X-Ca-Error-Message"))
                .endsWith("#/vision/customer/cloudstorage/order/get?empty&iotId=d&orderId=o`");
    }

    @Test
    void queryAndFormParametersAreSignedTogetherSortedByKey() {
        var result = api.send(formSigned(ApiClient.GET + "?zone=z&a=1",
                ApiClient.GET + "?a=1&empty&iotId=d&orderId=o&zone=z").build());

        assertPassedTheSignatureLayer(result);
    }

    @Test
    void aChangedFormParameterIsInvalidSignature() {
        var changed = "orderId=someone-elses&iotId=d&empty=".getBytes(StandardCharsets.UTF_8);
        var result = api.send(formSigned(ApiClient.GET, ApiClient.GET + "?empty&iotId=d&orderId=o")
                .POST(HttpRequest.BodyPublishers.ofByteArray(changed)).build());

        assertThat(result.header("X-Ca-Error-Code")).isEqualTo("I400SG");
    }

    /** Admitted, then answered by the API, which reads only a JSON envelope: 400 {@code request error.}. */
    private static void assertPassedTheSignatureLayer(ApiResult result) {
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("X-Ca-Error-Code")).isNull();
        assertThat(result.code()).isEqualTo(400);
        assertThat(result.message()).isEqualTo("request error.");
    }

    /**
     * A form-encoded POST of {@link #FORM} to {@code target} (with its query), signed with {@code signedPath} as
     * its PathAndParameters.
     */
    private HttpRequest.Builder formSigned(String target, String signedPath) {
        return RequestSigner.TEST_APP.sign(api.request(target).header("Content-Type", FORM_TYPE), signedPath,
                FORM_TYPE, FORM).POST(HttpRequest.BodyPublishers.ofByteArray(FORM));
    }

    private static String nonceOf(int length) {
        var nonce = new StringBuilder();
        while (nonce.length() < length) {
            nonce.append(UUID.randomUUID());
        }
        return nonce.substring(0, length);
    }

    /**
     * The app may make two calls a second: of six released together (calls made one after another on a loaded
     * machine could each find the allowance refilled), those past it are refused.
     */
    @Test
    void appOverItsRateLimitIsThrottledWithRetryAfter() {
        var slow = new ApiClient(port, new RequestSigner("slow", "slow-secret"));
        var refused = new AtomicReference<ApiResult>();

        await("a call refused by the rate limit").atMost(Duration.ofSeconds(30)).until(() -> {
            var burst = Burst.of(6, i -> slow.get(Envelope.get().param("iotId", "d").param("orderId", "o")));
            burst.stream().filter(result -> result.status() == 429).findFirst().ifPresent(refused::set);
            return refused.get() != null;
        });

        assertRefused(refused.get(), 429, "I429FC", "Throttled by APP Flow Control");
        assertThat(Long.parseLong(refused.get().header("Retry-After"))).isPositive();
    }

    @Test
    void secretsNeverAppearInResponses() {
        var result = api.send(signed(new RequestSigner("test-app", "wrong-secret"), ApiClient.GET, body,
                System.currentTimeMillis(), "n-s").build());

        assertThat(result.body()).doesNotContain("test-app-secret");
        assertThat(result.headers().map().toString()).doesNotContain("test-app-secret");
    }

    private static void assertRefused(ApiResult result, int status, String errorCode, String errorMessage) {
        assertThat(result.status()).isEqualTo(status);
        assertThat(result.header("X-Ca-Error-Code")).isEqualTo(errorCode);
        assertThat(result.header("X-Ca-Error-Message")).isEqualTo(errorMessage);
        assertThat(result.code()).isEqualTo(status);
        assertThat(result.message()).isEqualTo(errorMessage);
        assertThat(result.data().isNull()).isTrue();
    }

    @Test
    void aLongStringToSignIsCutShortInTheErrorMessage() {
        var query = "?q=" + "x".repeat(5000);
        var request = signed(body).uri(api.request(ApiClient.GET + query).build().uri()).build();

        var result = api.send(request);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.header("X-Ca-Error-Message")).hasSizeLessThan(2200).endsWith("...`");
    }

    @ParameterizedTest
    @ValueSource(strings = {ApiClient.GET + ";x=1", "/vision/customer/cloudstorage//order/get",
            "/vision/customer/cloudstorage/./order/get", "/vision/customer/cloudstorage/x/../order/get",
            "/vision/customer/cloudstorage/order/get/"})
    void anUnsignedRequestCannotReachAnApiThroughAnotherSpellingOfItsPath(String path) {
        var result = api.send(api.request(path).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(result.code()).isIn(401, 404);
        assertThat(result.body()).doesNotContain("29600");
    }
}
