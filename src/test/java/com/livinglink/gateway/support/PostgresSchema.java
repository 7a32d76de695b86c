package com.livinglink.gateway.support;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The schema of a {@link PostgresTest} class: handed to its Spring context (whose cache key it becomes, so no
 * other class shares the context) or to its methods as a parameter, and dropped after the class. Spring and
 * JUnit each create their own instance of this class, so the schemas are kept by test class.
 */
final class PostgresSchema implements ContextCustomizerFactory, ParameterResolver, AfterAllCallback {

    private static final Map<Class<?>, PostgresDatabase> SCHEMAS = new ConcurrentHashMap<>();

    private static PostgresDatabase of(Class<?> testClass) {
        return SCHEMAS.computeIfAbsent(testClass, any -> new PostgresDatabase());
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configurationAttributes) {
        return new SchemaProperties(testClass);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return of(context.getRequiredTestClass());
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        var database = SCHEMAS.remove(context.getRequiredTestClass());
        if (database != null) {
            database.drop();
        }
    }

    /** Points a Spring test's context at its class's schema, ahead of every configuration file. */
    private record SchemaProperties(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("postgresTestSchema", of(testClass).properties()));
        }
    }
}
