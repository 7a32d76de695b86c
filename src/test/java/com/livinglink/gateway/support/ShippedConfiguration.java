package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The gateway's own {@code application.yaml}, as it ships: for a test that must run on a shipped setting that
 * the test configuration ({@code config/application.yaml}) overrides for the other tests' sake.
 */
public final class ShippedConfiguration {

    private ShippedConfiguration() {
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
