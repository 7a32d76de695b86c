package com.livinglink.gateway.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The outcome of starting a gateway, kept in the root store for the whole run: the running gateway, stopped when
 * the store is closed at the end of the run, or why it did not start, so that every later class fails at once
 * with the same reason instead of starting it again.
 */
// Both: JUnit from 5.13 closes an AutoCloseable (once, and warns about a CloseableResource that is not one),
// JUnit before 5.13 only a CloseableResource.
@SuppressWarnings("deprecation")
final class StartedGateway implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final GatewayProcess process;
    private final GatewayException failure;

    private StartedGateway(GatewayProcess process, GatewayException failure) {
        this.process = process;
        this.failure = failure;
    }

    static StartedGateway start(GatewayOptions options, ClassLoader testClassLoader) {
        try {
            return new StartedGateway(GatewayProcess.start(options, testClassLoader), null);
        }
        catch (GatewayException e) {
            return new StartedGateway(null, e);
        }
    }

    Gateway gateway() {
        if (failure != null) {
            throw new GatewayException(failure.getMessage(), failure);
        }
        return process.gateway();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
