package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The self-signed certificate the gateway generated, as a trust store and an {@link SSLContext} trusting it. */
record TrustedCertificate(Path pem, KeyStore trustStore, SSLContext sslContext) {

    static TrustedCertificate load(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            var trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            trustStore.setCertificateEntry("cloudstorage-gateway",
                    CertificateFactory.getInstance("X.509").generateCertificate(in));
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            var ssl = SSLContext.getInstance("TLS");
            ssl.init(null, trust.getTrustManagers(), null);
            return new TrustedCertificate(pem, trustStore, ssl);
        }
        catch (IOException | GeneralSecurityException e) {
            throw new GatewayException("The gateway's certificate " + pem + " cannot be read: " + e, e);
        }
    }
}
