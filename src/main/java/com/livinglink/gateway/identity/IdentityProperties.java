package com.livinglink.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How user identities ({@code request.iotToken}) are verified.
 *
 * @param hs256Secret the shared secret of HS256-signed iotTokens (at least 32 bytes); unset, any iotToken
 *     is unverifiable and answered with 401
 */
@ConfigurationProperties("gateway.identity")
public record IdentityProperties(String hs256Secret) {

    boolean hasHs256Secret() {
        return hs256Secret != null && !hs256Secret.isEmpty();
    }
}
