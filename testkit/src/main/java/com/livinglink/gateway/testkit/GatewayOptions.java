package com.livinglink.gateway.testkit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a gateway is started, as {@link GatewayTest} asks: test classes that ask the same share one gateway.
 * Checked here, so that a mistake fails at once instead of after a start.
 */
record GatewayOptions(String fixture, String clock, List<String> properties, List<String> jvmOptions) {

    static final String DEMO_ADMIN_TOKEN = "demo-admin-token";
    /** Where the gateway listens and keeps its data: the kit picks them, and must know them. */
    static final Set<String> KIT_PROPERTIES = Set.of("server.port", "server.address", "gateway.tls.port",
            "gateway.data-dir");

    GatewayOptions {
        if (!clock.isEmpty()) {
            try {
                Instant.parse(clock);
            }
            catch (DateTimeParseException e) {
                throw new GatewayException("@GatewayTest(clock = \"" + clock + "\") is no instant; write one as "
                        + "2020-09-01T00:00:00Z");
            }
        }
        for (var property : properties) {
            if (property.indexOf('=') < 1) {
                throw new GatewayException("@GatewayTest(properties) takes name=value, not \"" + property + "\"");
            }
            var name = property.substring(0, property.indexOf('='));
            if (KIT_PROPERTIES.contains(name)) {
                throw new GatewayException("@GatewayTest(properties) cannot set " + name + ": the kit sets it, to "
                        + "find the gateway it started (the Gateway parameter gives its URLs and directory)");
            }
        }
        properties = List.copyOf(properties);
        jvmOptions = List.copyOf(jvmOptions);
    }

    static GatewayOptions of(GatewayTest test) {
        return new GatewayOptions(test.fixture(), test.clock(), List.of(test.properties()), List.of(test.jvmOptions()));
    }

    /** The operator token: the demo profile's, unless a property sets another. */
    String adminToken() {
        return property("gateway.admin.token").orElse(DEMO_ADMIN_TOKEN);
    }

    private Optional<String> property(String name) {
        return properties.stream().filter(property -> property.startsWith(name + "="))
                .map(property -> property.substring(name.length() + 1)).reduce((first, last) -> last);
    }
}
