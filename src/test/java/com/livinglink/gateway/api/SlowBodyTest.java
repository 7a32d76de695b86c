package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow or stalled bodies cannot take the gateway away (contract section 2): the signature headers are judged
 * before the body is read, a refusal closes the connection instead of waiting for the body, and a signed
 * body that does not arrive within its part of the budget is dropped. Loopback only, bounded in count.
 */
@HttpApiTest
class SlowBodyTest {

    /** More than Tomcat's 200 workers: before the fix each stalled body held one. */
    static final int STALLED = 300;
    static final Duration BUDGET = Duration.ofMillis(3000);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ApiClient api;
    Envelope validGet;

    @BeforeEach
    void boundOrder() {
        api = new ApiClient(port);
        var device = fixtures.device("admin-1");
        var order = fixtures.boundOrder(device, "admin-1", Instant.now());
        validGet = Envelope.get().param("iotId", device.value()).param("orderId", order.value());
    }

    @Test
    void hundredsOfStalledUnsignedBodiesDoNotDelayASignedCall() throws IOException {
        var stalled = new ArrayList<Socket>();
        try {
            for (int i = 0; i < STALLED; i++) {
                var socket = new Socket(InetAddress.getLoopbackAddress(), port);
                stalled.add(socket);
                socket.getOutputStream().write(("POST " + ApiClient.GET + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nX-Ca-Key: test-app\r\nX-Ca-Signature: forged\r\n"
                        + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
            }

            var body = validGet.json().getBytes(StandardCharsets.UTF_8);
            var result = api.send(api.signedRequest(ApiClient.GET, "application/json", body)
                    .header("Content-Type", "application/json").timeout(BUDGET)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.code()).isEqualTo(200);
        }
        finally {
            for (var socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void anUnauthenticatedRequestIsRefusedWithoutWaitingForItsBodyAndItsConnectionClosed() {
        var answer = raw("POST " + ApiClient.GET + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{", List.of());

        assertThat(answer).startsWith("HTTP/1.1 401").contains("\r\nConnection: close\r\n")
                .contains("X-Ca-Error-Code: I401EK");
    }

    @Test
    void aSignedBodyThatTricklesPastItsDeadlineIsDroppedAsTheClientsError() {
        var body = validGet.json().getBytes(StandardCharsets.UTF_8);
        var trickle = new ArrayList<String>();
        for (int i = 1; i <= 10; i++) {
            trickle.add(new String(body, i, 1, StandardCharsets.UTF_8));
        }

        var answer = raw(signedHead(body) + new String(body, 0, 1, StandardCharsets.UTF_8), trickle);

        assertThat(answer).startsWith("HTTP/1.1 408").contains("\r\nConnection: close\r\n")
                .contains("\"code\":400,\"message\":\"request error.\"");
    }

    @Test
    void aSignedBodyThatStopsIsDroppedAndItsConnectionClosed() {
        var body = validGet.json().getBytes(StandardCharsets.UTF_8);

        var answer = raw(signedHead(body) + new String(body, 0, 10, StandardCharsets.UTF_8), List.of());

        assertThat(answer).satisfiesAnyOf(closed -> assertThat(closed).isEmpty(),
                refused -> assertThat(refused).startsWith("HTTP/1.1 408"));
    }

    /** The request line and headers of a signed order/get of {@code body}, as a platform client sends them. */
    private static String signedHead(byte[] body) {
        var signed = RequestSigner.TEST_APP.sign(HttpRequest.newBuilder(URI.create("http://127.0.0.1"
                + ApiClient.GET)), ApiClient.GET, "application/json", body).POST(HttpRequest.BodyPublishers.noBody())
                .build();
        var head = new StringBuilder("POST " + ApiClient.GET + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n");
        signed.headers().map().forEach((name, values) -> values.forEach(value ->
                head.append(name).append(": ").append(value).append("\r\n")));
        return head.append("\r\n").toString();
    }

    /**
     * Sends {@code start}, then each of {@code trickle} half a second apart until the gateway answers, and reads
     * until it closes the connection (at most 10 s). A reset after the answer (the gateway closed with bytes of
     * ours unread) ends the answer.
     */
    private String raw(String start, List<String> trickle) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.UTF_8));
            out.flush();
            var in = socket.getInputStream();
            for (var piece : trickle) {
                if (sleepHalfASecond() || in.available() > 0) {
                    break;
                }
                try {
                    out.write(piece.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                catch (IOException closedByTheGateway) {
                    break;
                }
            }
            var answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            }
            catch (SocketException reset) {
                // The answer read so far is the whole answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static boolean sleepHalfASecond() {
        try {
            Thread.sleep(500);
            return false;
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
