package com.livinglink.gateway.identity;

import java.net.URI;

import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How user identities ({@code request.iotToken}) are verified. With neither set, any iotToken is
 * unverifiable and answered with 401.
 *
 * @param hs256Secret the shared secret of HS256-signed iotTokens (at least 32 bytes)
 * @param jwksUri where the customer's account service publishes the keys of RS256-signed iotTokens
 */
@ConfigurationProperties("gateway.identity")
@Validated
public record IdentityProperties(@Size(min = 32) String hs256Secret, URI jwksUri) {

    boolean hasHs256Secret() {
        return hs256Secret != null && !hs256Secret.isEmpty();
    }
}
