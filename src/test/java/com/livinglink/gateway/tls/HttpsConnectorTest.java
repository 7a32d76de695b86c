package com.livinglink.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import com.livinglink.gateway.support.HttpsApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.ssl.pem.PemContent;

/** The HTTPS connector next to the plain-HTTP one: where its certificate comes from, and when it is off. */
class HttpsConnectorTest {

    @TempDir
    Path dataDir;

    @Test
    void theApiIsServedOverHttpsOnTheTlsPortAsOverHttp() {
        var envelope = Envelope.get().id("over-https");
        try (var gateway = GatewayInstance.start(dataDir)) {
            var https = https(gateway, generatedCertificate()).post(ApiClient.GET, envelope);
            var http = new ApiClient(gateway.port()).get(envelope);

            assertThat(gateway.connectorSchemes()).containsExactly("http", "https");
            assertThat(https.status()).isEqualTo(http.status());
            assertThat(https.json().get("id").asString()).isEqualTo("over-https");
            assertThat(https.json().get("code").asInt()).isEqualTo(http.code());
        }
    }

    @Test
    void httpsAnswersCarryHstsAndNosniff() {
        try (var gateway = GatewayInstance.start(dataDir)) {
            var client = https(gateway, generatedCertificate());
            var answers = List.of(client.post(ApiClient.BIND, Envelope.bind()),
                    client.send(client.request(ApiClient.GET).POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
                    client.send(client.request("/actuator/health").GET().build()));

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
                assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            });
        }
    }

    @Test
    void bindOrderIsServedOverHttps() {
        try (var gateway = GatewayInstance.start(dataDir)) {
            var https = https(gateway, generatedCertificate()).post(ApiClient.BIND, Envelope.bind());

            assertThat(https.status()).isEqualTo(200);
            assertThat(https.json().get("code").asInt()).isEqualTo(460);
        }
    }

    @Test
    void withoutABundleACertificateIsGeneratedUnderTheDataDirOnFirstStartAndReusedLater() throws IOException {
        Certificate first;
        try (var gateway = GatewayInstance.start(dataDir)) {
            first = HttpsApiClient.certificate(generatedCertificate());
            assertThat(served(gateway, generatedCertificate())).isEqualTo(first);
        }
        var written = Files.readString(generatedCertificate());

        try (var gateway = GatewayInstance.start(dataDir)) {
            assertThat(served(gateway, generatedCertificate())).isEqualTo(first);
        }
        assertThat(Files.readString(generatedCertificate())).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pem", "pkcs12"})
    void aConfiguredBundleIsServedInsteadOfAGeneratedCertificate(String format, @TempDir Path elsewhere)
            throws Exception {
        var own = SelfSignedCertificate.in(elsewhere).createIfAbsent();
        var bundle = switch (format) {
            case "pem" -> new String[] {"--gateway.tls.bundle=test",
                "--spring.ssl.bundle.pem.test.keystore.certificate=" + own.certificate(),
                "--spring.ssl.bundle.pem.test.keystore.private-key=" + own.privateKey()};
            default -> new String[] {"--gateway.tls.bundle=test", "--spring.ssl.bundle.jks.test.keystore.type=PKCS12",
                "--spring.ssl.bundle.jks.test.keystore.location=" + pkcs12(own, elsewhere.resolve("gateway.p12")),
                "--spring.ssl.bundle.jks.test.keystore.password=changeit",
                "--spring.ssl.bundle.jks.test.key.alias=gateway"};
        };

        try (var gateway = GatewayInstance.start(dataDir, bundle)) {
            assertThat(served(gateway, own.certificate())).isEqualTo(HttpsApiClient.certificate(own.certificate()));
        }
        assertThat(dataDir.resolve("tls")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--gateway.tls.enabled=false", "--gateway.tls.port=-1"})
    void httpsCanBeTurnedOff(String off) {
        try (var gateway = GatewayInstance.start(dataDir, off)) {
            assertThat(gateway.connectorSchemes()).containsExactly("http");
        }
        assertThat(dataDir.resolve("tls")).doesNotExist();
    }

    private Path generatedCertificate() {
        return dataDir.resolve("tls/certificate.pem");
    }

    private static Certificate served(GatewayInstance gateway, Path trusted) {
        return https(gateway, trusted).presentedCertificate(ApiClient.GET, Envelope.get());
    }

    private static HttpsApiClient https(GatewayInstance gateway, Path trusted) {
        return new HttpsApiClient(trusted, gateway.httpsPort());
    }

    /** The same key and certificate as a PKCS#12 keystore, as an operator's existing keystore would be. */
    private static Path pkcs12(SelfSignedCertificate pem, Path file) throws Exception {
        var key = PemContent.load(pem.privateKey()).getPrivateKey();
        var keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("gateway", key, "changeit".toCharArray(),
                new Certificate[] {HttpsApiClient.certificate(pem.certificate())});
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore.store(out, "changeit".toCharArray());
        }
        return file;
    }
}
