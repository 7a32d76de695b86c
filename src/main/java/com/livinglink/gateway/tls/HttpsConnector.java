package com.livinglink.gateway.tls;

import java.util.Map;

import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.tomcat.SslConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.util.LambdaSafe;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The HTTPS connector, added to Tomcat next to the plain-HTTP one on {@code server.port} and configured from
 * an SSL bundle, so that a PEM bundle and a Java keystore are served alike. Once it listens, its port is
 * published as {@value #PORT_PROPERTY} (as Spring Boot publishes {@code local.server.port}) and logged.
 */
class HttpsConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
        ApplicationListener<WebServerInitializedEvent>, Ordered {

    static final String PORT_PROPERTY = "local.https.port";

    private static final Log LOG = LogFactory.getLog(HttpsConnector.class);

    private final TlsProperties tls;
    private final SelfSignedCertificate selfSigned;
    private final SslBundles bundles;
    private final ConfigurableEnvironment environment;
    private final Connector connector = new Connector(TomcatWebServerFactory.DEFAULT_PROTOCOL);

    HttpsConnector(TlsProperties tls, SelfSignedCertificate selfSigned, SslBundles bundles,
            ConfigurableEnvironment environment) {
        this.tls = tls;
        this.selfSigned = selfSigned;
        this.bundles = bundles;
        this.environment = environment;
    }

    /** Last, so that the connector sees every {@code server.tomcat.*} customizer the others registered. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        connector.setPort(tls.port());
        // Spring Boot applies these to the main connector only; the HTTPS one must bind where it does and keep
        // the same limits (header sizes, timeouts, threads), or a client would see two different servers.
        if (factory.getAddress() != null && connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
            protocol.setAddress(factory.getAddress());
        }
        customizeProtocolHandler(factory);
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        new SslConnectorCustomizer(LOG, connector, Ssl.ClientAuth.NONE)
                .customize(bundles.getBundle(bundleName()), Map.of());
        factory.addAdditionalConnectors(connector);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        var port = connector.getLocalPort();
        environment.getPropertySources().addFirst(new MapPropertySource(PORT_PROPERTY, Map.of(PORT_PROPERTY, port)));
        if (tls.selfSigned()) {
            LOG.info("HTTPS on port " + port + " with the self-signed certificate " + selfSigned.certificate()
                    + "; trust it with: curl --cacert " + selfSigned.certificate() + " -d '{}' https://localhost:"
                    + port + "/vision/customer/cloudstorage/order/get");
        }
        else {
            LOG.info("HTTPS on port " + port + " with SSL bundle '" + tls.bundle() + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private void customizeProtocolHandler(TomcatServletWebServerFactory factory) {
        var handler = connector.getProtocolHandler();
        LambdaSafe.callbacks(TomcatProtocolHandlerCustomizer.class, factory.getProtocolHandlerCustomizers(), handler)
                .invoke(customizer -> customizer.customize(handler));
    }

    private String bundleName() {
        return tls.selfSigned() ? SelfSignedCertificate.BUNDLE : tls.bundle();
    }
}
