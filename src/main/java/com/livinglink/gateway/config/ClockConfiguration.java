package com.livinglink.gateway.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the gateway. Its zone is the service zone, so that domain code that counts calendar
 * months (an order's validity) counts them where the customer lives.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(GatewayProperties properties) {
        var fixed = properties.clock().fixed();
        return fixed != null ? Clock.fixed(fixed, properties.zone()) : Clock.system(properties.zone());
    }
}
