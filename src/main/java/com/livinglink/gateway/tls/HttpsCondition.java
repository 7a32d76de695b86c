package com.livinglink.gateway.tls;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@link TlsProperties} ask for an HTTPS connector. It binds the properties itself because
 * conditions are evaluated before any bean exists, and so that {@code enabled} and {@code port = -1} are
 * read with the same defaults as everywhere else.
 */
class HttpsCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var properties = Binder.get(context.getEnvironment()).bindOrCreate("gateway.tls", TlsProperties.class);
        return properties.serving()
                ? ConditionOutcome.match("HTTPS is served on port " + properties.port())
                : ConditionOutcome.noMatch("HTTPS is off (gateway.tls.enabled / gateway.tls.port)");
    }
}
