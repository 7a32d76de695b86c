package com.livinglink.gateway.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link GatewayTest}: starts the gateway before the class's first test (once per
 * run and set of options, in the root context's store, which closes it when the run ends), resets it before each
 * test, and resolves {@link Gateway} parameters. Registered with {@code @ExtendWith(GatewayExtension.class)} and
 * no {@link GatewayTest}, it acts as {@code @GatewayTest} with no options.
 */
public final class GatewayExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** The lock every class of a shared gateway holds, so that parallel execution runs them one at a time. */
    static final String RESOURCE_LOCK = "com.livinglink.gateway.testkit.Gateway";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GatewayExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        gateway(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).resetBeforeEach()) {
            gateway(context).reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Gateway.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return gateway(context);
    }

    private static Gateway gateway(ExtensionContext context) {
        var options = GatewayOptions.of(settings(context));
        var testClassLoader = context.getRequiredTestClass().getClassLoader();
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(options, key -> StartedGateway.start(key, testClassLoader), StartedGateway.class)
                .gateway();
    }

    /** The test class's {@link GatewayTest}, or that of a class it is nested in, or the defaults. */
    private static GatewayTest settings(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            var settings = AnnotationSupport.findAnnotation(type, GatewayTest.class);
            if (settings.isPresent()) {
                return settings.get();
            }
        }
        return Defaults.class.getAnnotation(GatewayTest.class);
    }

    @GatewayTest
    private static final class Defaults {
    }
}
