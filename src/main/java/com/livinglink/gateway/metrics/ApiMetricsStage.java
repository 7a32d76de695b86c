package com.livinglink.gateway.metrics;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.ApiExchange;
import com.livinglink.gateway.api.ApiStage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Times every API request by API and result code ({@code gateway.api.requests}, with a latency histogram
 * for {@code /actuator/prometheus}). It wraps the signature layer, so its refusals are counted under their
 * HTTP status like every other code, and it is the API and the envelope's code that tag a request,
 * never anything the client chose, so the number of series stays bounded.
 */
@Component
@Order(ApiStage.METRICS)
class ApiMetricsStage implements ApiStage {

    static final String METRIC = "gateway.api.requests";
    /** Histogram buckets: fine where answers normally are, and one at the contract's 3000 ms budget. */
    private static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2000, 3000, 5000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final MeterRegistry registry;
    /** Registering looks the meter up by its name and sorted tags: a few microseconds every request saves. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    ApiMetricsStage(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, ApiRoute<?, ?> route, Next next)
            throws IOException {
        var sample = Timer.start(registry);
        try {
            next.proceed();
        }
        finally {
            var code = ApiExchange.of(request).resultCode();
            sample.stop(timer(route.id(), code == null ? "none" : code.toString()));
        }
    }

    private Timer timer(String api, String code) {
        return timers.computeIfAbsent(api + ' ' + code, key -> Timer.builder(METRIC)
                .description("API requests by API and result code").tag("api", api).tag("code", code)
                .serviceLevelObjectives(BUCKETS).register(registry));
    }
}
