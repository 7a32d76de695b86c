package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.livinglink.gateway.tls.HttpsClient;

import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the gateway of an {@link HttpApiTest} over real HTTPS on its TLS port, trusting the certificate
 * it generated under its data directory, with requests signed by the test app: the way a client reaches the
 * HTTPS-only APIs. {@link #overPlainHttp} sends the same request to the plain-HTTP port, without a proxy's
 * {@code X-Forwarded-Proto}.
 */
public final class HttpsApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient https;
    private final int httpsPort;
    private final int httpPort;

    public HttpsApiClient(Environment environment) {
        var certificate = Path.of(environment.getRequiredProperty("gateway.data-dir"), "tls", "certificate.pem");
        this.https = HttpClient.newBuilder().sslContext(trusting(certificate)).connectTimeout(Duration.ofSeconds(5))
                .build();
        this.httpsPort = environment.getRequiredProperty("local.https.port", Integer.class);
        this.httpPort = environment.getRequiredProperty("local.server.port", Integer.class);
    }

    public ApiResult post(String path, Envelope envelope) {
        return send(https, signed("https://localhost:" + httpsPort, path, envelope));
    }

    public ApiResult overPlainHttp(String path, Envelope envelope) {
        return send(HttpClient.newHttpClient(), signed("http://127.0.0.1:" + httpPort, path, envelope));
    }

    private static HttpRequest signed(String base, String path, Envelope envelope) {
        var body = envelope.json().getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
        return RequestSigner.TEST_APP.sign(request, path, "application/json", body)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static ApiResult send(HttpClient client, HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResult(response.statusCode(), response.headers(), response.body(),
                    JSON.readTree(response.body()));
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static SSLContext trusting(Path certificate) {
        try {
            var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("gateway", HttpsClient.certificate(certificate));
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
