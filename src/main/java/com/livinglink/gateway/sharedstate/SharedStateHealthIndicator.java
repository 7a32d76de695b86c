package com.livinglink.gateway.sharedstate;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the shared state ({@code sharedState}, part of readiness): the shared Redis answers a PING,
 * or the state is kept in memory and so always there.
 */
class SharedStateHealthIndicator extends AbstractHealthIndicator {

    private final SharedRedis redis;

    /** @param redis the shared Redis, or {@code null} when the state is kept in memory */
    SharedStateHealthIndicator(SharedRedis redis) {
        super("Shared state (Redis) is not reachable");
        this.redis = redis;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (redis == null) {
            health.up().withDetail("store", "memory");
            return;
        }
        redis.commands().ping();
        health.up().withDetail("store", "redis");
    }
}
