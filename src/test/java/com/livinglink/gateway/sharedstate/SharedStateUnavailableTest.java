package com.livinglink.gateway.sharedstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A shared Redis that takes connections but never answers (frozen, or behind a partition): needs no Redis.
 * The nonce cannot be checked, so requests fail closed with 503 within the 3000 ms budget; the instance
 * reports itself not ready, yet alive.
 */
@HttpApiTest
class SharedStateUnavailableTest {

    static final long BUDGET_MILLIS = 3000;
    static final SilentServer SILENT_REDIS = new SilentServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void silentRedis(DynamicPropertyRegistry registry) {
        registry.add("gateway.shared-state.redis-url", () -> "redis://127.0.0.1:" + SILENT_REDIS.port());
    }

    @AfterAll
    static void closeSilentRedis() throws IOException {
        SILENT_REDIS.close();
    }

    @Test
    void aRequestWhileRedisDoesNotAnswerIsServiceNotAvailableWithinTheBudget() {
        var api = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            var result = api.get(Envelope.get().param("iotId", "dev-1").param("orderId", "ord-1"));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.code()).isEqualTo(503);
            assertThat(result.message()).isEqualTo("service not available.");
            assertThat(millis).isLessThan(BUDGET_MILLIS);
        }
    }

    @Test
    void readinessIsDownWhileRedisDoesNotAnswerAndLivenessStaysUp() {
        var api = new ApiClient(port);

        var readiness = api.send(api.request("/actuator/health/readiness").GET().build());
        var liveness = api.send(api.request("/actuator/health/liveness").GET().build());

        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
        assertThat(liveness.status()).isEqualTo(200);
    }
}
