package com.livinglink.gateway.tls;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HTTPS connector, served next to the plain-HTTP one on {@code server.port}.
 *
 * @param enabled whether the gateway serves HTTPS at all
 * @param port the HTTPS port; {@code 0} picks a free port, {@code -1} serves no HTTPS
 * @param bundle the name of the Spring SSL bundle to serve ({@code spring.ssl.bundle.pem.<name>.*} or
 *     {@code spring.ssl.bundle.jks.<name>.*}); unset, a self-signed certificate for {@code localhost} is
 *     generated under {@code <gateway.data-dir>/tls/} on first start and reused afterwards
 */
@ConfigurationProperties("gateway.tls")
public record TlsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("8443") int port,
        String bundle) {

    boolean serving() {
        return enabled && port >= 0;
    }

    boolean selfSigned() {
        return bundle == null || bundle.isBlank();
    }
}
