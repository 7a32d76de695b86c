package com.livinglink.gateway.signature;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

/** Per-app token buckets (Bucket4j) of one gateway instance: {@code rateLimit} per second, as a burst too. */
public class InMemoryRateLimiter implements RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> acquire(App app) {
        if (app.rateLimit() == 0) {
            return Optional.empty();
        }
        var bucket = buckets.computeIfAbsent(app.key(), key -> Bucket.builder()
                .addLimit(RateLimiter.allowanceOf(app)).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void clear() {
        buckets.clear();
    }
}
