package com.livinglink.gateway.signature;

import java.time.Duration;
import java.util.Optional;

/** Limits how often each app may call. */
public interface RateLimiter {

    /** Takes one request from the app's allowance; when there is none, how long until there is. */
    Optional<Duration> acquire(App app);
}
