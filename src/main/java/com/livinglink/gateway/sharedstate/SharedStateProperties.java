package com.livinglink.gateway.sharedstate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What gateway instances behind one load balancer must share: the nonces each app has used and the apps'
 * rate-limit buckets.
 *
 * @param redisUrl the Redis that holds it: {@code redis://host:6379}, {@code rediss://…} for TLS,
 *     {@code redis-sentinel://…} for Sentinel, a password as {@code redis://:secret@host:6379}; unset or
 *     empty, each instance keeps its own in memory (right for a single instance only)
 * @param keyPrefix prepended to every key, so that several gateways (or test runs) can share one Redis
 * @param timeout how long connecting to Redis or one Redis command may take at most (less when less is left
 *     of the request's budget); past it the request is answered 503 {@code service not available.}
 */
@ConfigurationProperties("gateway.shared-state")
public record SharedStateProperties(
        String redisUrl,
        @DefaultValue("gateway:") String keyPrefix,
        @DefaultValue("500ms") Duration timeout) {

    static final String REDIS_URL = "gateway.shared-state.redis-url";
}
