package com.livinglink.gateway.testkit;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLContext;

/**
 * The kit's HTTP: one {@link HttpClient} trusting the gateway's certificate, replaced after it has been idle a
 * while. The gateway closes a connection idle for 20 s, and Java 17's client keeps one 1200 s: a request sent on
 * a connection the gateway is closing at that moment fails, and a POST is not retried. A fresh client after 10 s
 * of quiet never reuses such a connection, without setting a JVM-wide property in the user's test JVM.
 */
final class HttpTransport {

    private static final long IDLE_LIMIT_NANOS = Duration.ofSeconds(10).toNanos();
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Above every API's budget (commodity/buy: 10 s) and a fault's delay, so that only a hang hits it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final SSLContext ssl;
    private HttpClient client;
    private long lastUse;

    HttpTransport(SSLContext ssl) {
        this.ssl = ssl;
    }

    /** The answer, whatever its status; a {@link GatewayException} when none came. */
    HttpResponse<String> send(HttpRequest request) {
        try {
            var response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            touch();
            return response;
        }
        catch (IOException e) {
            throw new GatewayException(request.method() + " " + request.uri() + " got no answer: " + e, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(request.method() + " " + request.uri() + " was interrupted", e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null || System.nanoTime() - lastUse > IDLE_LIMIT_NANOS) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl)
                    .connectTimeout(CONNECT_TIMEOUT).build();
        }
        lastUse = System.nanoTime();
        return client;
    }

    private synchronized void touch() {
        lastUse = System.nanoTime();
    }
}
