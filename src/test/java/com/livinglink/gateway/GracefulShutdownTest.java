package com.livinglink.gateway;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.livinglink.gateway.support.GatewayInstance;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Graceful shutdown ({@code server.shutdown=graceful}): a gateway that is told to stop takes no new
 * connections, but answers the requests it is working on before it closes, so that a rolling deployment
 * loses none. The request in flight is one the test holds until it has seen the shutdown begin.
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheGatewayStopsIsAnsweredBeforeItCloses() throws Exception {
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var gateway = GatewayInstance.start(new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("heldRequest",
                        FilterRegistrationBean.class, () -> held(entered, release))), List.of());
        int port = gateway.port();
        var threads = Executors.newFixedThreadPool(2);
        try {
            var inFlight = threads.submit(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/held")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertThat(entered.await(10, SECONDS)).as("the request reached the gateway").isTrue();

            var closing = threads.submit(gateway::close);
            awaitConnectionsRefused(port, Duration.ofSeconds(10));
            assertThat(closing).as("the gateway waits for the request in flight").isNotDone();
            release.countDown();

            var response = inFlight.get(10, SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("finished");
            closing.get(30, SECONDS);
        }
        finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** A request on {@code /held} that waits for the test's word before it finishes. */
    private static FilterRegistrationBean<Filter> held(CountDownLatch entered, CountDownLatch release) {
        Filter filter = (request, response, chain) -> {
            entered.countDown();
            try {
                release.await(30, SECONDS);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            response.setContentType("text/plain");
            response.getWriter().write("finished");
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/held");
        return registration;
    }

    /** Shutdown has begun once the gateway no longer takes connections. */
    private static void awaitConnectionsRefused(int port, Duration limit) {
        await("the gateway refuses connections after it was told to stop").atMost(limit)
                .pollInterval(Duration.ofMillis(50)).until(() -> refusesConnections(port));
    }

    private static boolean refusesConnections(int port) {
        try (var probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        }
        catch (ConnectException refused) {
            return true;
        }
        catch (IOException other) {
            throw new AssertionError(other);
        }
    }
}
