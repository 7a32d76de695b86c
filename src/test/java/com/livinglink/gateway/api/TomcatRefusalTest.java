package com.livinglink.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.livinglink.gateway.support.HttpApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses itself, before any filter or servlet runs, still get the gateway's envelope (in
 * the default language, as their headers cannot be trusted) and a request id, never Tomcat's HTML page.
 */
@HttpApiTest
class TomcatRefusalTest {

    private static final String REQUEST_ID = "X-Ca-Request-Id: ";

    @LocalServerPort
    int port;

    @Test
    void headersOverTheSizeLimitAreAnsweredWithTheRequestErrorEnvelope() {
        var response = raw("POST /api/cloudstorage/order/get HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en-US\r\n"
                + "X-Padding: " + "a".repeat(64 * 1024) + "\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.head()).contains("Content-Type: application/json;charset=UTF-8").contains(REQUEST_ID);
        assertThat(response.body().get("id").asString()).isEqualTo(response.requestId());
        assertThat(response.body().get("code").asInt()).isEqualTo(400);
        assertThat(response.body().get("message").asString()).isEqualTo("request error.");
        assertThat(response.body().get("localizedMsg").asString()).isEqualTo("请求错误");
        assertThat(response.body().get("data").isNull()).isTrue();
        assertThat(response.body().propertyNames()).containsExactly("id", "code", "message", "localizedMsg", "data");
    }

    @Test
    void anUnparseableRequestLineIsAnsweredWithTheRequestErrorEnvelope() {
        var response = raw("POST /api/cloud{storage HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("code").asInt()).isEqualTo(400);
        assertThat(response.body().get("message").asString()).isEqualTo("request error.");
        assertThat(response.body().get("id").asString()).isEqualTo(response.requestId());
    }

    // --- a client's protocol errors keep their transport status but are the client's error (code 400)

    @Test
    void anUnsupportedTransferCodingIsTheClientsError() {
        assertClientsError(raw("POST /vision/customer/cloudstorage/order/get HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n"), 501);
    }

    @Test
    void connectIsTheClientsError() {
        assertClientsError(raw("CONNECT 127.0.0.1:" + port + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n"), 501);
    }

    @Test
    void anUnknownHttpVersionIsTheClientsError() {
        assertClientsError(raw("POST /vision/customer/cloudstorage/order/get HTTP/9.9\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n"), 505);
    }

    private static void assertClientsError(RawResponse response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.head()).contains("Content-Type: application/json;charset=UTF-8").contains(REQUEST_ID);
        assertThat(response.body().get("code").asInt()).isEqualTo(400);
        assertThat(response.body().get("message").asString()).isEqualTo("request error.");
        assertThat(response.body().get("localizedMsg").asString()).isEqualTo("请求错误");
    }

    private RawResponse raw(String request) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new RawResponse(text.substring(0, split), text.substring(split + 4));
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private record RawResponse(String head, String rawBody) {

        int status() {
            return Integer.parseInt(head.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        }

        String requestId() {
            int start = head.indexOf(REQUEST_ID) + REQUEST_ID.length();
            return head.substring(start, head.indexOf("\r\n", start));
        }

        JsonNode body() {
            return JsonMapper.builder().build().readTree(rawBody);
        }
    }
}
