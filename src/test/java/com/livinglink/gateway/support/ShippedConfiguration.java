package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The gateway's own {@code application.yaml}, as it ships: for a test that must run on a shipped setting that
 * the test configuration ({@code config/application.yaml}) overrides for the other tests' sake.
 */
public final class ShippedConfiguration {

    private ShippedConfiguration() {
    }

    /**
     * The result codes' and violations' messages as the gateway reads them: the bundles {@code spring.messages}
     * names, in UTF-8 (Spring Boot's default), without the system's locale as a fallback.
     */
    public static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(property("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(Boolean.parseBoolean(property("spring.messages.fallback-to-system-locale")));
        return messages;
    }

    /** The value {@code application.yaml} gives {@code name}, placeholders unresolved. */
    public static String property(String name) {
        try {
            var shipped = new YamlPropertySourceLoader().load("shipped", new ClassPathResource("application.yaml"));
            for (var source : shipped) {
                var value = source.getProperty(name);
                if (value != null) {
                    return value.toString();
                }
            }
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        throw new IllegalStateException("application.yaml does not set " + name);
    }
}
