package com.livinglink.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A reset forgets the nonces and rate-limit buckets kept in the shared Redis: with a Redis that takes connections
 * and never answers (needs no Redis), the reset cannot, and says so as the database's outage is said, a retryable
 * 503, not a 500.
 */
@HttpApiTest
@TestPropertySource(properties = {"gateway.admin.token=" + Operator.DEMO_TOKEN, "gateway.testing.enabled=true"})
class ResetWithoutRedisTest {

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
    void aResetWhileRedisDoesNotAnswerIsServiceUnavailable() {
        var refused = new Operator(port).reset();

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Redis");
    }
}
