package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A refusal judged from the headers is written before the body is read (contract section 2), and its connection
 * is closed with the client's bytes unread, which makes the kernel reset it. A client that sends its whole body
 * at once, as every HTTP client does, must still read the whole answer before that reset.
 */
@HttpApiTest
class EarlyRefusalTest {

    @LocalServerPort
    int port;

    @Test
    void aClientSendingATooLargeBodyAtOnceReadsThe413() {
        var answer = sendWholeBody("Content-Type: application/json\r\n", 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("\r\nConnection: close\r\n")
                .contains("X-Ca-Error-Message: Request body too Large");
    }

    @Test
    void aClientSendingAnUnsignedBodyAtOnceReadsThe401() {
        var answer = sendWholeBody("Content-Type: application/json\r\nX-Ca-Key: nobody\r\n", 60 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 401").contains("\r\nConnection: close\r\n");
    }

    /** Writes the request line, {@code headers} and a body of {@code size} bytes without pausing, then reads. */
    private String sendWholeBody(String headers, int size) {
        var body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST " + ApiClient.GET + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Content-Length: "
                    + size + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int offset = 0; offset < size; offset += 16 * 1024) {
                out.write(body, offset, Math.min(16 * 1024, size - offset));
            }
            out.flush();
            var answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
