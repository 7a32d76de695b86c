package com.livinglink.gateway.order;

import java.nio.file.Path;
import java.util.UUID;

import com.livinglink.gateway.support.ShippedConfiguration;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrderLockWaitTest} on the embedded H2 database with the URL the gateway ships with (its
 * {@code LOCK_TIMEOUT}), in a data directory of its own: the test configuration's in-memory URL sets a lock
 * timeout of its own, which would pass whatever the shipped one said.
 */
class OrderLockWaitH2Test extends OrderLockWaitTest {

    static final String DATA_DIR = Path.of("target", "test-data", "lock-wait-" + UUID.randomUUID()).toAbsolutePath()
            .toString();

    @DynamicPropertySource
    static void shippedDatabaseUrl(DynamicPropertyRegistry registry) {
        registry.add("gateway.data-dir", () -> DATA_DIR);
        registry.add("spring.datasource.url", () -> ShippedConfiguration.property("spring.datasource.url"));
    }
}
