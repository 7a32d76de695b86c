package com.livinglink.gateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.livinglink.gateway.GatewayApplication;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.GatewayInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Behind a TLS-terminating proxy a request arrives over plain HTTP with {@code X-Forwarded-Proto: https}. It
 * counts as secure (the rule of bind/order: HTTPS only) only when the gateway is told to trust the proxy.
 */
class ForwardedSchemeTest {

    static final String SHIPPED_CONFIGURATION_ONLY = "--spring.config.location=classpath:/application.yaml";

    @TempDir
    Path dataDir;

    /**
     * The shipped configuration alone ({@code application.yaml}, not the test one, which trusts the loopback
     * proxy for ApiClient's sake): a client on the same host cannot pass plain HTTP off as HTTPS to reach an
     * HTTPS-only API.
     */
    @Test
    void withTheShippedConfigurationAForwardedSchemeIsIgnoredAndBindOrderStaysHttpsOnly() {
        try (var gateway = start(SHIPPED_CONFIGURATION_ONLY, "--gateway.security.apps[0].key=test-app",
                "--gateway.security.apps[0].secret=test-app-secret", "--gateway.security.apps[0].apis=bind-order")) {
            assertThat(schemeSeenBehindProxy(gateway)).isEqualTo("http secure=false");
            var bind = gateway.client().bind(Envelope.bind().param("iotId", "d").param("orderId", "o"));
            assertThat(bind.status()).isEqualTo(403);
            assertThat(bind.header("X-Ca-Error-Code")).isEqualTo("I403PT");
        }
    }

    @Test
    void withNativeForwardHeadersTheSchemeOfATrustedProxyIsHonoured() {
        try (var gateway = start("--server.forward-headers-strategy=native",
                "--server.tomcat.remoteip.internal-proxies=127.0.0.1/32")) {
            assertThat(schemeSeenBehindProxy(gateway)).isEqualTo("https secure=true");
        }
    }

    @Test
    void withNativeForwardHeadersTheSchemeFromAnUntrustedAddressIsIgnored() {
        try (var gateway = start("--server.forward-headers-strategy=native",
                "--server.tomcat.remoteip.internal-proxies=10.0.0.1/32")) {
            assertThat(schemeSeenBehindProxy(gateway)).isEqualTo("http secure=false");
        }
    }

    private GatewayInstance start(String... arguments) {
        return GatewayInstance.start(new SpringApplicationBuilder(GatewayApplication.class, SchemeEcho.class), dataDir,
                arguments);
    }

    /** What the gateway makes of a plain-HTTP request from 127.0.0.1 that says the client used HTTPS. */
    private static String schemeSeenBehindProxy(GatewayInstance gateway) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/test/scheme"))
                .timeout(Duration.ofSeconds(10)).header("X-Forwarded-Proto", "https").build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Test-only endpoint, added to the gateway only by this test (it is no component, so no scan finds it). */
    static class SchemeEcho {

        @Bean
        RouterFunction<ServerResponse> schemeEcho() {
            return RouterFunctions.route().GET("/test/scheme", request -> ServerResponse.ok().body(
                    request.servletRequest().getScheme() + " secure=" + request.servletRequest().isSecure())).build();
        }
    }
}
