package com.livinglink.gateway.sharedstate;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.livinglink.gateway.signature.App;
import com.livinglink.gateway.signature.RateLimiter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;

/**
 * The apps' token buckets in the shared Redis (Bucket4j, compare-and-swap), so that an app's rate limit
 * holds for all instances together. A bucket's key names its rate, so a changed limit starts a new bucket;
 * a full bucket expires from Redis. Its answer is waited for no longer than the request's budget allows.
 * <p>
 * When Redis cannot answer, the request is refused with 503, like the nonce store that it follows.
 */
class RedisRateLimiter implements RateLimiter {

    private static final String PREFIX = "rate:";

    private final SharedRedis redis;
    private final Duration timeout;
    private final Map<String, AsyncBucketProxy> buckets = new ConcurrentHashMap<>();
    private volatile AsyncProxyManager<String> proxies;

    RedisRateLimiter(SharedRedis redis, SharedStateProperties properties) {
        this.redis = redis;
        this.timeout = properties.timeout();
    }

    @Override
    public Optional<Duration> acquire(App app) {
        if (app.rateLimit() == 0) {
            return Optional.empty();
        }
        try {
            var bucket = buckets.computeIfAbsent(app.key(), key -> proxies().builder()
                    .build(redis.key(PREFIX + key + ":" + app.rateLimit()), () -> CompletableFuture.completedFuture(
                            BucketConfiguration.builder().addLimit(RateLimiter.allowanceOf(app)).build())));
            var wait = redis.waitAllowed();
            var probe = bucket.tryConsumeAndReturnRemaining(1).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw SharedStateUnavailable.because("rate limiter", interrupted);
        }
        catch (ExecutionException | TimeoutException | RuntimeException unavailable) {
            // Bucket4j wraps Redis failures in its own exceptions: whatever it throws, the buckets are out of reach.
            throw SharedStateUnavailable.because("rate limiter", unavailable);
        }
    }

    @Override
    public void clear() {
        redis.deleteKeys(redis.key(PREFIX));
        buckets.clear();
    }

    /** Built once the connection exists, which may be well after start. */
    private AsyncProxyManager<String> proxies() {
        var current = proxies;
        if (current == null) {
            synchronized (this) {
                if (proxies == null) {
                    proxies = Bucket4jLettuce.casBasedBuilder(redis.connection())
                            .expirationAfterWrite(
                                    ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1)))
                            .requestTimeout(timeout)
                            .build()
                            .asAsync();
                }
                current = proxies;
            }
        }
        return current;
    }
}
