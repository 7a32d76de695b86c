package com.livinglink.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Talks to a running gateway over real HTTP, as a platform client does: every request is signed (by the
 * test app unless told otherwise) and arrives as if through a TLS-terminating proxy
 * ({@code X-Forwarded-Proto: https}, trusted by the test configuration), since bind/order refuses plain HTTP.
 */
public final class ApiClient {

    public static final String BIND = "/vision/customer/cloudstorage/bind/order";
    public static final String GET = "/vision/customer/cloudstorage/order/get";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final RequestSigner signer;

    public ApiClient(int port) {
        this(port, RequestSigner.TEST_APP);
    }

    public ApiClient(int port, RequestSigner signer) {
        this.base = "http://127.0.0.1:" + port;
        this.signer = signer;
    }

    public ApiResult bind(Envelope envelope) {
        return post(BIND, envelope.json());
    }

    public ApiResult get(Envelope envelope) {
        return post(GET, envelope.json());
    }

    public ApiResult post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
    }

    /** Posts {@code body} signed, with these extra headers (name, value, name, value…). */
    public ApiResult post(String path, byte[] body, String... headers) {
        String contentType = null;
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                contentType = headers[i + 1];
            }
        }
        var builder = signedRequest(path, contentType, body).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    /** A request to {@code path} carrying the signature of {@code body}, as this client's app. */
    public HttpRequest.Builder signedRequest(String path, String contentType, byte[] body) {
        return signer.sign(request(path).header("X-Forwarded-Proto", "https"), path, contentType, body);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    public ApiResult send(HttpRequest request) {
        try {
            return ApiResult.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
