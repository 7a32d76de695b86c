package com.livinglink.gateway.signature;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;

/** Limits how often each app may call. */
public interface RateLimiter {

    /** An app's allowance: {@code rateLimit} requests per second, as a burst too. */
    static Bandwidth allowanceOf(App app) {
        return Bandwidth.builder().capacity(app.rateLimit()).refillGreedy(app.rateLimit(), Duration.ofSeconds(1))
                .build();
    }

    /** Takes one request from the app's allowance; when there is none, how long until there is. */
    Optional<Duration> acquire(App app);

    /** Refills every app's allowance by forgetting the buckets (test control's reset: contract section 12). */
    void clear();
}
