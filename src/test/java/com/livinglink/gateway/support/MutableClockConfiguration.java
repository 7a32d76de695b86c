package com.livinglink.gateway.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the gateway's clock with a {@link MutableClock} in the service zone, Asia/Shanghai. */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2024-01-01T00:00:00Z"), Fixtures.SHANGHAI);
    }
}
