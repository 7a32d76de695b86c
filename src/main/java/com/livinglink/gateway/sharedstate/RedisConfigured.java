package com.livinglink.gateway.sharedstate;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether {@code gateway.shared-state.redis-url} names a Redis. An empty value counts as unset, so that
 * the configuration can default it to an environment variable that may be absent.
 */
final class RedisConfigured {

    private RedisConfigured() {
    }

    static boolean in(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty(SharedStateProperties.REDIS_URL));
    }

    static final class Yes implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return in(context);
        }
    }

    static final class No implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !in(context);
        }
    }
}
