package com.livinglink.gateway.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator API.
 *
 * @param token the bearer token operators present ({@code Authorization: Bearer <token>}); unset, the
 *     operator API is off and answers 404
 */
@ConfigurationProperties("gateway.admin")
public record AdminProperties(String token) {

    boolean enabled() {
        return token != null && !token.isEmpty();
    }
}
