package com.livinglink.gateway.sharedstate;

import java.time.Clock;

import com.livinglink.gateway.signature.InMemoryNonceStore;
import com.livinglink.gateway.signature.InMemoryRateLimiter;
import com.livinglink.gateway.signature.NonceStore;
import com.livinglink.gateway.signature.RateLimiter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where the nonces and rate-limit buckets live: in the shared Redis when
 * {@code gateway.shared-state.redis-url} names one, else in this instance's memory.
 */
@Configuration(proxyBeanMethods = false)
class SharedStateConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.Yes.class)
    static class InRedis {

        @Bean(destroyMethod = "close")
        SharedRedis sharedRedis(SharedStateProperties properties) {
            return new SharedRedis(properties);
        }

        @Bean
        NonceStore nonceStore(SharedRedis redis) {
            return new RedisNonceStore(redis);
        }

        @Bean
        RateLimiter rateLimiter(SharedRedis redis, SharedStateProperties properties) {
            return new RedisRateLimiter(redis, properties);
        }

        @Bean
        SharedStateHealthIndicator sharedStateHealthIndicator(SharedRedis redis) {
            return new SharedStateHealthIndicator(redis);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.No.class)
    static class InMemory {

        /** On real time, as timestamps are checked, not on the gateway's clock, which tests and demos may pin. */
        @Bean
        NonceStore nonceStore() {
            return new InMemoryNonceStore(Clock.systemUTC());
        }

        @Bean
        RateLimiter rateLimiter() {
            return new InMemoryRateLimiter();
        }

        @Bean
        SharedStateHealthIndicator sharedStateHealthIndicator() {
            return new SharedStateHealthIndicator(null);
        }
    }
}
