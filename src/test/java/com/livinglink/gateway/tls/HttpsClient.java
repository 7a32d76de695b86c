package com.livinglink.gateway.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.livinglink.gateway.support.RequestSigner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks HTTPS to a gateway trusting exactly one certificate read from a PEM file, as
 * {@code curl --cacert certificate.pem} does, signing as the test app, and tells which certificate the
 * gateway presented.
 */
public final class HttpsClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;

    public HttpsClient(Path trustedCertificate) {
        this.http = HttpClient.newBuilder().sslContext(trusting(certificate(trustedCertificate)))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static Certificate certificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public Answer post(int port, String path, String json) {
        var body = json.getBytes(StandardCharsets.UTF_8);
        return send(RequestSigner.TEST_APP.sign(request(port, path).header("Content-Type", "application/json"), path,
                "application/json", body).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A request to {@code path} on the gateway's HTTPS port, to be signed and sent. */
    public static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
    }

    public Answer send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var presented = response.sslSession().orElseThrow().getPeerCertificates()[0];
            return new Answer(response.statusCode(), JSON.readTree(response.body()), presented, response.headers());
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static SSLContext trusting(Certificate certificate) {
        try {
            var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("gateway", certificate);
            var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            var context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);
            return context;
        }
        catch (IOException | GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** One HTTPS answer: its status, its JSON body, the certificate the server presented and its headers. */
    public record Answer(int status, JsonNode json, Certificate presented, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
