package com.livinglink.gateway.testing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Test control for integration test suites (contract section 12, docs/testing.md).
 *
 * @param enabled whether the test-control API under {@code /admin/test/} exists (it needs the operator token
 *     too); off, every {@code /admin/test/} path answers 404 and the API's requests do not pass through test
 *     control at all. On in the {@code demo} profile; never switch it on in production: anyone with the
 *     operator token could then wipe the database
 * @param fixture what a reset loads, as a JSON file ({@code file:/path/fixture.json} or
 *     {@code classpath:…}) of devices, orders and bindings; unset, a reset loads the demo data under the
 *     {@code demo} profile and nothing otherwise. Checked at start (the gateway does not start with one it
 *     could not load) and read again at each reset
 * @param journalSize how many API calls the request journal keeps, newest first (per instance, in memory)
 */
@ConfigurationProperties("gateway.testing")
public record TestingProperties(
        boolean enabled,
        Resource fixture,
        @DefaultValue("1000") int journalSize) {

    static final String ENABLED = "gateway.testing.enabled";

    public TestingProperties {
        if (journalSize < 1) {
            throw new IllegalArgumentException("gateway.testing.journal-size must be at least 1");
        }
    }
}
