package com.livinglink.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IotTokens;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The base of the HTTP tests of the cloud-storage APIs, paid plans and free plan, which share one gateway: its
 * clock stopped at the instant each test class gives (and movable by hand), an HS256 secret for iotTokens, an
 * operator token, and a catalog of three plans: eventResource_7 (1 month, 1.0), fullResource_7 (2 months, 0.50)
 * and fullResource_30, which may not be bought. Every call goes over real HTTPS, signed by the test app, as a
 * client reaches the HTTPS-only APIs; {@link #overPlainHttp} is the same call over plain HTTP.
 */
@HttpApiTest
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = {"gateway.identity.hs256-secret=cloud-storage-api-test-secret-0123456789abcdef",
        "gateway.admin.token=" + CloudStorageApiTest.ADMIN_TOKEN,
        "gateway.catalog.commodities[0].code=ilopLVCloudResource",
        "gateway.catalog.commodities[0].specification=eventResource_7",
        "gateway.catalog.commodities[0].name=事件型7天",
        "gateway.catalog.commodities[0].record-type=2",
        "gateway.catalog.commodities[0].lifecycle-days=7",
        "gateway.catalog.commodities[0].months-per-copy=1",
        "gateway.catalog.commodities[0].price=1.0",
        "gateway.catalog.commodities[1].code=ilopLVCloudResource",
        "gateway.catalog.commodities[1].specification=fullResource_7",
        "gateway.catalog.commodities[1].name=连续型7天",
        "gateway.catalog.commodities[1].record-type=1",
        "gateway.catalog.commodities[1].lifecycle-days=7",
        "gateway.catalog.commodities[1].months-per-copy=2",
        "gateway.catalog.commodities[1].price=0.50",
        "gateway.catalog.commodities[2].code=ilopLVCloudResource",
        "gateway.catalog.commodities[2].specification=fullResource_30",
        "gateway.catalog.commodities[2].name=连续型30天",
        "gateway.catalog.commodities[2].record-type=1",
        "gateway.catalog.commodities[2].lifecycle-days=30",
        "gateway.catalog.commodities[2].months-per-copy=1",
        "gateway.catalog.commodities[2].price=1.0",
        "gateway.catalog.commodities[2].purchasable=false"})
public abstract class CloudStorageApiTest {

    public static final String ADMIN_TOKEN = "cloud-storage-api-test-admin-token";
    /** Where the clock stops unless a test class says otherwise: 12:05:06.789 in Shanghai. */
    public static final Instant DEFAULT_NOW = Instant.parse("2024-03-10T04:05:06.789Z");

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private IotTokens iotTokens;

    @Autowired
    private Environment environment;

    protected HttpsApiClient api;

    private final Instant now;

    /** A test class whose every test starts with the gateway's clock stopped at {@link #DEFAULT_NOW}. */
    protected CloudStorageApiTest() {
        this(DEFAULT_NOW);
    }

    /** A test class whose every test starts with the gateway's clock stopped at {@code now}. */
    protected CloudStorageApiTest(Instant now) {
        this.now = now;
    }

    @BeforeEach
    void stopTheClockAndConnect() {
        clock.set(now);
        api = new HttpsApiClient(environment);
    }

    /** A request of {@code endpoint} at its documented version; {@code params} as name, value, name, value… */
    protected static Envelope envelope(Api endpoint, Object... params) {
        return Envelope.get().apiVer(endpoint.documentedVersion()).params(params);
    }

    protected ApiResult call(Api endpoint, Envelope envelope) {
        return api.post(endpoint.path(), envelope);
    }

    protected ApiResult call(Api endpoint, Object... params) {
        return call(endpoint, envelope(endpoint, params));
    }

    /** The same call with an iotToken of {@code identity}. */
    protected ApiResult callAs(String identity, Api endpoint, Object... params) {
        return call(endpoint, envelope(endpoint, params).iotToken(token(identity)));
    }

    protected String token(String identity) {
        return iotTokens.issue(new IdentityId(identity), Duration.ofMinutes(5));
    }

    /** The call over plain HTTP, with no proxy in front saying it came over HTTPS. */
    protected ApiResult overPlainHttp(Api endpoint, Envelope envelope) {
        return api.overPlainHttp(endpoint.path(), envelope);
    }

    protected ApiResult getOrder(IotId device, String orderId) {
        return call(Api.GET_ORDER, "iotId", device.value(), "orderId", orderId);
    }

    /** What order/get answers of the order on {@code device}, which must be there. */
    protected JsonNode order(IotId device, String orderId) {
        var result = getOrder(device, orderId);
        assertThat(result.code()).as(result.body()).isEqualTo(200);
        return result.data();
    }

    /** A GET of the operator API, with its token. */
    protected ApiResult operator(String path) {
        return api.send(api.request(path).header("Authorization", "Bearer " + ADMIN_TOKEN).GET().build());
    }

    /** A PUT of this JSON to the operator API, with its token. */
    protected ApiResult putOperator(String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /**
     * A parameter error as the wire carries it: HTTP 200, code 460, no data, and a {@code message} (English) and
     * {@code localizedMsg} (zh-CN, the default) that each name every violated field once, in the params' order.
     * What each violation says is the params' unit tests' business.
     */
    protected static void assertParameterError(ApiResult result, String... violatedFields) {
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).as(result.body()).isEqualTo(460);
        assertThat(result.data().isNull()).isTrue();
        assertThat(fieldsNamed(result.message(), "request parameter error: ")).containsExactly(violatedFields);
        assertThat(fieldsNamed(result.localizedMsg(), "请求参数错误：")).containsExactly(violatedFields);
    }

    /** The field each violation of a parameter error's message starts with. */
    private static List<String> fieldsNamed(String message, String prefix) {
        assertThat(message).startsWith(prefix);
        return Arrays.stream(message.substring(prefix.length()).split("; "))
                .map(violation -> violation.split("[ ：]")[0]).toList();
    }

    /** The keys of a JSON object, in their order. */
    protected static List<String> keys(JsonNode object) {
        var keys = new ArrayList<String>();
        object.propertyNames().forEach(keys::add);
        return keys;
    }
}
