package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

@GatewayTest
class GatewayHandleTest {

    @Test
    void listensOnTheLoopbackOnly(Gateway gateway) {
        assertThat(gateway.httpUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(gateway.httpsUrl().toString()).matches("https://127\\.0\\.0\\.1:\\d+");
        assertThat(gateway.httpsUrl().getPort()).isNotEqualTo(gateway.httpUrl().getPort());
    }

    @Test
    void givesTheDemoCredentials(Gateway gateway) {
        assertThat(gateway.appKey()).isEqualTo("demo");
        assertThat(gateway.appSecret()).isEqualTo("demo-secret");
        assertThat(gateway.adminToken()).isEqualTo("demo-admin-token");
    }

    @Test
    void itsSslContextTrustsTheGeneratedCertificate(Gateway gateway) throws Exception {
        var client = HttpClient.newBuilder().sslContext(gateway.sslContext()).build();

        var response = client.send(HttpRequest.newBuilder(gateway.httpsUrl().resolve("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void itsTrustStoreHoldsTheCertificateOfItsDataDirectory(Gateway gateway) throws Exception {
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(gateway.trustStore());
        var ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        var client = HttpClient.newBuilder().sslContext(ssl).build();

        var response = client.send(HttpRequest.newBuilder(gateway.httpsUrl().resolve("/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(gateway.certificate()).isEqualTo(gateway.dataDir().resolve("tls").resolve("certificate.pem"));
        assertThat(Files.readString(gateway.certificate())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void itsLogIsWhatTheGatewayWrote(Gateway gateway) throws Exception {
        assertThat(Files.readString(gateway.logFile())).contains("Started GatewayApplication");
        assertThat(gateway.toString()).contains(gateway.logFile().toString());
    }
}
