package com.livinglink.gateway.tls;

import com.livinglink.gateway.config.GatewayProperties;

import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

@Configuration(proxyBeanMethods = false)
@Conditional(HttpsCondition.class)
class TlsConfiguration {

    @Bean
    SelfSignedCertificate selfSignedCertificate(GatewayProperties gateway) {
        return SelfSignedCertificate.in(gateway.dataDir());
    }

    /**
     * Registers the generated certificate when no bundle is configured. The registry calls registrars when
     * it is created, so the files exist before the HTTPS connector asks {@link SslBundles} for them.
     */
    @Bean
    SslBundleRegistrar selfSignedBundleRegistrar(TlsProperties tls, SelfSignedCertificate certificate) {
        return registry -> {
            if (tls.selfSigned()) {
                registry.registerBundle(SelfSignedCertificate.BUNDLE, certificate.createIfAbsent().bundle());
            }
        };
    }

    @Bean
    HttpsConnector httpsConnector(TlsProperties tls, SelfSignedCertificate certificate, SslBundles bundles,
            ConfigurableEnvironment environment) {
        return new HttpsConnector(tls, certificate, bundles, environment);
    }
}
