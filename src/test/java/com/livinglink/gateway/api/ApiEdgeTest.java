package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.HttpApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The API edge serves an API request alone, as one pipeline: the other modules' stages by their order around
 * the API, a stage's unexpected failure answered with an envelope like the API's own, and nothing of the
 * request handed on to the rest of the filter chain or to Spring MVC.
 */
@HttpApiTest
class ApiEdgeTest {

    static final String FAIL_HEADER = "X-Test-Stage-Fails";
    static final String HEALTH = "/actuator/health/liveness";

    /** What the test stage saw, in order: before the admission stage and after the API answered. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    /** The paths of the requests that went on down the filter chain, recorded before they were answered. */
    static final List<String> DOWN_THE_CHAIN = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class TestStage {

        /** Between the journal and the signature layer's admission. */
        @Bean
        @Order(ApiStage.ADMISSION - 1)
        ApiStage recordingStage() {
            return (request, response, endpoint, next) -> {
                if (request.getHeader(FAIL_HEADER) != null) {
                    throw new IllegalStateException("a stage failed unexpectedly");
                }
                SEEN.add("before " + endpoint.id() + " appKey=" + ApiExchange.of(request).appKey());
                next.proceed();
                SEEN.add("after " + endpoint.id() + " code=" + ApiExchange.of(request).resultCode());
            };
        }

        /** The last filter before Spring MVC. */
        @Bean
        FilterRegistrationBean<Filter> chainWitness() {
            var witness = new FilterRegistrationBean<Filter>((request, response, chain) -> {
                DOWN_THE_CHAIN.add(((HttpServletRequest) request).getRequestURI());
                chain.doFilter(request, response);
            });
            witness.setOrder(Ordered.LOWEST_PRECEDENCE);
            return witness;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        SEEN.clear();
        DOWN_THE_CHAIN.clear();
    }

    @Test
    void stagesRunByTheirOrderAroundTheApi() {
        var answer = api.get(Envelope.get().param("iotId", "no-such-device").param("orderId", "no-such-order"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(SEEN).containsExactly("before get-order appKey=null",
                "after get-order code=" + answer.code());
    }

    @Test
    void aStageThatFailsUnexpectedlyIsAnsweredAsAServiceError() {
        var body = Envelope.get().param("iotId", "no-such-device").param("orderId", "no-such-order").json();
        var answer = api.post(ApiClient.GET, body.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json", FAIL_HEADER, "1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo(500);
        assertThat(answer.message()).isEqualTo("service error.");
        assertThat(answer.header(AccessLog.REQUEST_ID_HEADER)).isNotBlank();
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anApiRequestNeverReachesSpringMvc() {
        var before = serverRequests();

        var answer = api.get(Envelope.get().param("iotId", "no-such-device").param("orderId", "no-such-order"));
        // Spring counts a request once it has been answered, a moment later: a later request that Spring does
        // serve is counted after the API request would have been.
        var later = api.send(api.request(HEALTH).GET().build());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(later.status()).isEqualTo(200);
        assertThat(DOWN_THE_CHAIN).containsExactly(HEALTH);
        await().untilAsserted(() -> assertThat(serverRequests()).isGreaterThan(before));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(serverRequests()).as("Spring's HTTP server observations").isEqualTo(before + 1));
        assertThat(registry.find("gateway.api.requests").tag("api", "get-order").timers())
                .as("the API's own timer").isNotEmpty();
    }

    @Test
    void anyOtherRequestGoesOnDownTheFilterChain() {
        var before = serverRequests();

        var answer = api.send(api.request(HEALTH).GET().build());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header(AccessLog.REQUEST_ID_HEADER)).isNotBlank();
        assertThat(SEEN).isEmpty();
        assertThat(DOWN_THE_CHAIN).containsExactly(HEALTH);
        await().untilAsserted(() -> assertThat(serverRequests()).isGreaterThan(before));
    }

    private long serverRequests() {
        return registry.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
    }
}
