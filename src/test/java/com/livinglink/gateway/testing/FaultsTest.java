package com.livinglink.gateway.testing;

import static com.livinglink.gateway.testing.ResetTest.DEMO_BOUND_ORDER;
import static com.livinglink.gateway.testing.ResetTest.DEMO_DEVICE;
import static com.livinglink.gateway.testing.ResetTest.DEMO_UNBOUND_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.IntStream;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /admin/test/faults} (contract section 12): the platform's failures on demand. */
@TestControlTest
class FaultsTest {

    static final String PATH = "/admin/test/faults";

    @LocalServerPort
    int port;

    Operator operator;
    ApiClient api;

    @BeforeEach
    void start() {
        operator = new Operator(port);
        api = new ApiClient(port, RequestSigner.DEMO);
        operator.reset();
    }

    @Test
    void aFaultAnswersItsCodeExactlyAsTheRealRefusal() {
        operator.patch("/admin/test/orders/" + DEMO_UNBOUND_ORDER, "{\"paymentStatus\":0}");
        var real = bindUnbound("en-US");
        operator.reset();

        var created = operator.post(PATH, "{\"api\":\"bind-order\",\"code\":29602}");
        var faulted = bindUnbound("en-US");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isNotBlank();
        assertThat(real.code()).isEqualTo(29602);
        assertThat(faulted.status()).isEqualTo(real.status());
        assertThat(faulted.header("Content-Type")).isEqualTo(real.header("Content-Type"));
        assertThat(faulted.json().propertyNames()).containsExactly("id", "code", "message", "localizedMsg", "data");
        assertThat(faulted.id()).isEqualTo(real.id());
        assertThat(faulted.code()).isEqualTo(29602);
        assertThat(faulted.message()).isEqualTo(real.message());
        assertThat(faulted.localizedMsg()).isEqualTo(real.localizedMsg()).isEqualTo("order not paid");
    }

    @Test
    void aFaultChangesNothingInTheDatabase() {
        operator.post(PATH, "{\"api\":\"bind-order\",\"code\":503}");

        var faulted = bindUnbound(null);

        assertThat(faulted.code()).isEqualTo(503);
        assertThat(faulted.localizedMsg()).isEqualTo("服务不可用");
        assertThat(operator.get("/admin/orders/" + DEMO_UNBOUND_ORDER).json().get("iotId").isNull()).isTrue();
    }

    @Test
    void a429FaultIsTheRateLimitsRefusal() {
        operator.post(PATH, "{\"api\":\"get-order\",\"code\":429}");

        var throttled = getBound();

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo(429);
        assertThat(throttled.header("X-Ca-Error-Code")).isEqualTo("I429FC");
        assertThat(throttled.header("X-Ca-Error-Message")).isEqualTo("Throttled by APP Flow Control");
        assertThat(throttled.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void aFaultWithTimesActsThatOftenThenIsGone() {
        operator.post(PATH, "{\"api\":\"bind-order\",\"code\":503,\"times\":1}");

        var first = bindUnbound(null);
        var retry = bindUnbound(null);

        assertThat(first.code()).isEqualTo(503);
        assertThat(retry.code()).isEqualTo(200);
        assertThat(operator.get(PATH).json()).isEmpty();
    }

    @Test
    void aFaultActsOnlyOnItsApiAndMatchingParams() {
        operator.post(PATH, "{\"api\":\"get-order\",\"match\":{\"orderId\":\"" + DEMO_BOUND_ORDER + "\"},\"code\":500}");

        assertThat(getBound().code()).isEqualTo(500);
        assertThat(api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", "other")).code())
                .isEqualTo(29600);
        assertThat(bindUnbound(null).code()).isEqualTo(200);
    }

    @Test
    void aFaultForEveryApiMatchesTheDevice() {
        operator.post(PATH, "{\"api\":\"*\",\"match\":{\"iotId\":\"" + DEMO_DEVICE + "\"},\"code\":28560}");

        assertThat(getBound().code()).isEqualTo(28560);
        assertThat(bindUnbound(null).code()).isEqualTo(28560);
        assertThat(api.get(Envelope.get().param("iotId", "other").param("orderId", "x")).code()).isEqualTo(29600);
    }

    @Test
    void aDelayAloneLetsTheCallRun() {
        operator.post(PATH, "{\"api\":\"get-order\",\"delayMs\":50}");

        var answer = getBound();

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.data().get("orderId").asString()).isEqualTo(DEMO_BOUND_ORDER);
    }

    @Test
    void delayOnlyFaultLetsOrderGetAnswer200AfterTheDelay() {
        operator.post(PATH, "{\"api\":\"get-order\",\"delayMs\":2500}");

        long started = System.nanoTime();
        var answer = getBound();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.data().get("orderId").asString()).isEqualTo(DEMO_BOUND_ORDER);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(2500);
    }

    @Test
    void aFaultWithACodeAndADelayAnswersItsCodeAfterTheDelay() {
        operator.post(PATH, "{\"api\":\"get-order\",\"code\":29604,\"delayMs\":2500}");

        long started = System.nanoTime();
        var answer = getBound();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(answer.code()).isEqualTo(29604);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(2500);
    }

    @Test
    void aFaultsTooManyRequestsIsExactlyTheRateLimitsRefusal() {
        var limited = new ApiClient(port, new RequestSigner("demo-readonly", "demo-readonly-secret"));
        var envelope = Envelope.get().id("client-id-429").language("en-US").param("iotId", DEMO_DEVICE)
                .param("orderId", DEMO_BOUND_ORDER);
        ApiResult real = null;
        for (int call = 0; call < 50 && (real == null || real.status() != 429); call++) {
            real = limited.get(envelope);
        }
        operator.post(PATH, "{\"api\":\"get-order\",\"code\":429}");

        var faulted = api.get(envelope);

        assertThat(real.status()).isEqualTo(429);
        assertThat(faulted.status()).isEqualTo(real.status());
        assertThat(faulted.headers().map().keySet()).isEqualTo(real.headers().map().keySet());
        for (var header : List.of("Content-Type", "X-Ca-Error-Code", "X-Ca-Error-Message", "Retry-After",
                "X-Content-Type-Options")) {
            assertThat(faulted.header(header)).as(header).isEqualTo(real.header(header));
        }
        assertThat(faulted.json().propertyNames()).containsExactlyElementsOf(real.json().propertyNames());
        assertThat(real.id()).isEqualTo(real.header("X-Ca-Request-Id"));
        assertThat(faulted.id()).isEqualTo(faulted.header("X-Ca-Request-Id"));
        assertThat(faulted.code()).isEqualTo(real.code());
        assertThat(faulted.message()).isEqualTo(real.message());
        assertThat(faulted.localizedMsg()).isEqualTo(real.localizedMsg());
        assertThat(faulted.data().isNull()).isTrue();
    }

    @Test
    void aFaultOfProbabilityZeroNeverActs() {
        operator.post(PATH, "{\"api\":\"get-order\",\"code\":503,\"probability\":0,\"times\":1}");

        assertThat(IntStream.range(0, 5).map(call -> getBound().code())).containsOnly(200);
        assertThat(operator.get(PATH).json().get(0).get("times").asInt()).isEqualTo(1);
    }

    @Test
    void theSignatureIsStillCheckedFirst() {
        operator.post(PATH, "{\"api\":\"*\",\"code\":503}");
        var body = Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER).json();

        var unsigned = api.send(api.request(ApiClient.GET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.header("X-Ca-Error-Code")).isEqualTo("I401EK");
    }

    @Test
    void aDelayBeyondTheBudgetIsRefused() {
        var refused = operator.post(PATH, "{\"api\":\"get-order\",\"delayMs\":3000}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(operator.get(PATH).json()).isEmpty();
        assertThat(operator.post(PATH, "{\"api\":\"get-order\",\"delayMs\":2900,\"code\":503}").status())
                .isEqualTo(201);
    }

    @Test
    void invalidFaultsAreRefused() {
        assertThat(operator.post(PATH, "{\"api\":\"no-such-api\",\"code\":503}").status()).isEqualTo(400);
        assertThat(operator.post(PATH, "{\"api\":\"get-order\",\"code\":12345}").status()).isEqualTo(400);
        assertThat(operator.post(PATH, "{\"api\":\"get-order\",\"code\":200}").status()).isEqualTo(400);
        assertThat(operator.post(PATH, "{\"api\":\"get-order\"}").status()).isEqualTo(400);
        assertThat(operator.post(PATH, "{\"code\":503}").status()).isEqualTo(400);
        assertThat(operator.post(PATH, "{\"api\":\"get-order\",\"code\":503,\"probability\":1.5}").status())
                .isEqualTo(400);
        assertThat(operator.post(PATH, "{\"api\":\"get-order\",\"code\":503,\"times\":0}").status()).isEqualTo(400);
        assertThat(operator.get(PATH).json()).isEmpty();
    }

    @Test
    void faultsAreListedAndRemovedOneByOneOrAllAtOnce() {
        var first = operator.post(PATH, "{\"api\":\"get-order\",\"code\":503,\"times\":2}").json().get("id").asString();
        operator.post(PATH, "{\"api\":\"bind-order\",\"delayMs\":10,\"probability\":0.5}");

        var listed = operator.get(PATH).json();

        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(first);
        assertThat(listed.get(0).get("api").asString()).isEqualTo("get-order");
        assertThat(listed.get(0).get("code").asInt()).isEqualTo(503);
        assertThat(listed.get(0).get("times").asInt()).isEqualTo(2);
        assertThat(listed.get(1).get("probability").asDouble()).isEqualTo(0.5);
        assertThat(operator.delete(PATH + "/" + first).status()).isEqualTo(204);
        assertThat(operator.delete(PATH + "/" + first).status()).isEqualTo(404);
        assertThat(operator.get(PATH).json()).hasSize(1);
        assertThat(operator.delete(PATH).status()).isEqualTo(204);
        assertThat(operator.get(PATH).json()).isEmpty();
        assertThat(getBound().code()).isEqualTo(200);
    }

    private ApiResult getBound() {
        return api.get(Envelope.get().param("iotId", DEMO_DEVICE).param("orderId", DEMO_BOUND_ORDER));
    }

    private ApiResult bindUnbound(String language) {
        var envelope = Envelope.bind().param("iotId", DEMO_DEVICE).param("orderId", DEMO_UNBOUND_ORDER);
        if (language == null) {
            return api.bind(envelope);
        }
        return api.post(ApiClient.BIND, envelope.json().replace("\"apiVer\":\"1.0.0\"",
                "\"apiVer\":\"1.0.0\",\"language\":\"" + language + "\""));
    }
}
