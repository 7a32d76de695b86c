package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
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
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;

import org.springframework.core.env.Environment;

/**
 * Talks to a gateway over real HTTPS on its TLS port, trusting exactly one certificate read from a PEM file (as
 * {@code curl --cacert certificate.pem} does), with requests signed by the test app: the way a client reaches
 * the HTTPS-only APIs. It tells which certificate the gateway presented. For the gateway of an
 * {@link HttpApiTest}, {@link #overPlainHttp} sends the same request to its plain-HTTP port, without a proxy's
 * {@code X-Forwarded-Proto}.
 */
public final class HttpsApiClient {

    private final HttpClient https;
    private final int httpsPort;
    /** The plain-HTTP port of the same gateway, where it is known. */
    private final Integer httpPort;

    /** A client of the gateway on {@code httpsPort} that trusts the certificate in {@code trustedCertificate}. */
    public HttpsApiClient(Path trustedCertificate, int httpsPort) {
        this(trustedCertificate, httpsPort, null);
    }

    /** A client of an {@link HttpApiTest}'s gateway, trusting the certificate it generated in its data dir. */
    public HttpsApiClient(Environment environment) {
        this(Path.of(environment.getRequiredProperty("gateway.data-dir"), "tls", "certificate.pem"),
                environment.getRequiredProperty("local.https.port", Integer.class),
                environment.getRequiredProperty("local.server.port", Integer.class));
    }

    private HttpsApiClient(Path trustedCertificate, int httpsPort, Integer httpPort) {
        this.https = HttpClient.newBuilder().sslContext(trusting(certificate(trustedCertificate)))
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.httpsPort = httpsPort;
        this.httpPort = httpPort;
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

    public ApiResult post(String path, Envelope envelope) {
        return post(path, envelope.json());
    }

    public ApiResult post(String path, String json) {
        return send(signed(request(path), path, json));
    }

    /** A request to {@code path} on the gateway's HTTPS port, to be signed and sent. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + path))
                .timeout(Duration.ofSeconds(10));
    }

    public ApiResult send(HttpRequest request) {
        return ApiResult.of(exchange(https, request));
    }

    /** The certificate the gateway presents when {@code path} is called with {@code envelope}. */
    public Certificate presentedCertificate(String path, Envelope envelope) {
        var response = exchange(https, signed(request(path), path, envelope.json()));
        try {
            return response.sslSession().orElseThrow().getPeerCertificates()[0];
        }
        catch (SSLPeerUnverifiedException unverified) {
            throw new IllegalStateException(unverified);
        }
    }

    public ApiResult overPlainHttp(String path, Envelope envelope) {
        if (httpPort == null) {
            throw new IllegalStateException("this client knows no plain-HTTP port of the gateway");
        }
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(10));
        return ApiResult.of(exchange(HttpClient.newHttpClient(), signed(request, path, envelope.json())));
    }

    private static HttpRequest signed(HttpRequest.Builder request, String path, String json) {
        var body = json.getBytes(StandardCharsets.UTF_8);
        return RequestSigner.TEST_APP.sign(request.header("Content-Type", "application/json"), path,
                "application/json", body).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
}
