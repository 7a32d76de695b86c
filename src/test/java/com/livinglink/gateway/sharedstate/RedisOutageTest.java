package com.livinglink.gateway.sharedstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.ApiResult;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import com.livinglink.gateway.support.TcpProxy;
import com.livinglink.gateway.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The shared Redis goes away and comes back: meanwhile requests fail closed with 503 within the 3000 ms
 * budget and the instance is not ready; afterwards it serves again by itself. The gateway reaches Redis
 * through a {@link TcpProxy} that the test blackholes and cuts.
 * <p>
 * Needs Redis ({@value TestRedis#URL_VARIABLE}); {@code .ci/run} sets it.
 */
@EnabledIfEnvironmentVariable(named = TestRedis.URL_VARIABLE, matches = ".+")
class RedisOutageTest {

    static final long BUDGET_MILLIS = 3000;

    static final TestRedis redis = new TestRedis();
    static TcpProxy proxy;
    static GatewayInstance gateway;

    @BeforeAll
    static void start() {
        var server = TestRedis.address();
        proxy = new TcpProxy(server.getHost(), server.getPort());
        gateway = GatewayInstance.start(redis.arguments("redis://127.0.0.1:" + proxy.port()));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        proxy.close();
        redis.clean();
    }

    @Test
    void whileRedisIsGoneRequestsAreServiceNotAvailableWithinTheBudgetAndAfterwardsServedAgain() {
        var api = gateway.client();
        assertThat(timedGet(api).code()).isEqualTo(29600);
        assertThat(readiness(api)).isEqualTo(200);

        proxy.blackhole();
        assertOutage(api);
        proxy.cut();
        assertOutage(api);

        proxy.restore();
        var served = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> timedGet(api), result -> result.code() == 29600);
        assertThat(served.code()).isEqualTo(29600);
        assertThat(await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> readiness(api), status -> status == 200)).isEqualTo(200);
    }

    private static void assertOutage(ApiClient api) {
        for (int i = 0; i < 3; i++) {
            var result = timedGet(api);
            assertThat(result.code()).isEqualTo(503);
            assertThat(result.message()).isEqualTo("service not available.");
        }
        assertThat(readiness(api)).isEqualTo(503);
    }

    /** An order/get that must be answered within the budget, whatever it answers. */
    private static ApiResult timedGet(ApiClient api) {
        long started = System.nanoTime();
        var result = api.get(Envelope.get().param("iotId", "dev-1").param("orderId", "no-such-order"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(BUDGET_MILLIS);
        return result;
    }

    private static int readiness(ApiClient api) {
        return api.send(api.request("/actuator/health/readiness").GET().build()).status();
    }
}
