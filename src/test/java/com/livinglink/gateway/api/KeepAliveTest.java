package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A busy client keeps its connection: Tomcat's default closed it after 100 requests, so a load test
 * reconnected every 100 (server.tomcat.max-keep-alive-requests, docs/benchmarks.md).
 */
@HttpApiTest
class KeepAliveTest {

    static final int REQUESTS = 150;

    @LocalServerPort
    int port;

    @Test
    void aConnectionServesMoreThanTomcatsDefaultHundredRequests() {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (int i = 1; i <= REQUESTS; i++) {
                out.write("GET /actuator/health/liveness HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();

                assertThat(in.readLine()).as("status line of request %d", i).startsWith("HTTP/1.1 200");
                for (var header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
                    assertThat(header).as("request %d", i).isNotEqualToIgnoringCase("Connection: close");
                }
                skipChunkedBody(in);
            }
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Actuator's answers are chunked: chunks of a hexadecimal size each, up to one of size 0. */
    private static void skipChunkedBody(BufferedReader in) throws IOException {
        for (int size = Integer.parseInt(in.readLine().trim(), 16); size > 0;
                size = Integer.parseInt(in.readLine().trim(), 16)) {
            assertThat(in.skip(size)).isEqualTo(size);
            in.readLine();
        }
        in.readLine();
    }
}
