package com.livinglink.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one business clock of the gateway. Its zone is the service zone, so that domain code that counts
 * calendar months (an order's validity) counts them where the customer lives. It is pinned at start by
 * {@code gateway.clock.fixed}, and test control (contract section 12) may move it at run time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    ControllableClock clock(GatewayProperties properties) {
        return new ControllableClock(properties.zone(), properties.clock().fixed());
    }
}
