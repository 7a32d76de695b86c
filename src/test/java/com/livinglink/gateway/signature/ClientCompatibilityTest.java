package com.livinglink.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import com.livinglink.gateway.support.ApiClient;
import com.livinglink.gateway.support.Envelope;
import com.livinglink.gateway.support.Fixtures;
import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.HttpsApiClient;
import com.livinglink.gateway.support.RequestSigner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Every client known to sign requests for the platform's API gateway, each signing the way its published
 * source does, is served over plain HTTP (order/get) and HTTPS (bind/order). The clients differ in exactly
 * what a verifier can get wrong: which time header they send, how they spell header names, which headers
 * they sign and in what order they list them, and the Content-Type of the same JSON body.
 */
@HttpApiTest
class ClientCompatibilityTest {

    static final RequestSigner APP = RequestSigner.TEST_APP;

    /** How each client builds and signs a request, from its SDK's source. */
    enum Client {

        /**
         * The platform's Java API-gateway SDK: X-Ca-Timestamp and a Date, X-Ca-Signature-Method sent and signed,
         * the signed-header list in hash order (not sorted), the body as application/octet-stream.
         */
        JAVA_SDK {
            @Override
            HttpRequest.Builder sign(HttpRequest.Builder request, String path, byte[] body) {
                var headers = new LinkedHashMap<String, String>();
                headers.put("Date", now());
                headers.put("X-Ca-Timestamp", String.valueOf(System.currentTimeMillis()));
                headers.put("X-Ca-Nonce", UUID.randomUUID().toString());
                headers.put("User-Agent", "ALIYUN-JAVA-SDK");
                headers.put("X-Ca-Key", APP.appKey());
                headers.put("Content-Type", "application/octet-stream");
                headers.put("Accept", "application/json; charset=utf-8");
                headers.put("X-Ca-Signature-Method", "HmacSHA256");
                headers.put("Content-MD5", RequestSigner.contentMd5(body));
                return APP.sign(request, path, headers,
                        List.of("x-ca-nonce", "x-ca-timestamp", "x-ca-key", "x-ca-signature-method"), "HmacSHA256");
            }
        },

        /** The Node.js SDK: lowercase headers, every x-ca- header signed, the API's stage among them. */
        NODE_SDK {
            @Override
            HttpRequest.Builder sign(HttpRequest.Builder request, String path, byte[] body) {
                var headers = new LinkedHashMap<String, String>();
                headers.put("x-ca-timestamp", String.valueOf(System.currentTimeMillis()));
                headers.put("x-ca-key", APP.appKey());
                headers.put("x-ca-nonce", UUID.randomUUID().toString());
                headers.put("x-ca-stage", "RELEASE");
                headers.put("x-ca-signature-method", "HmacSHA256");
                headers.put("accept", "application/json");
                headers.put("content-type", "application/json");
                headers.put("content-md5", RequestSigner.contentMd5(body));
                return APP.sign(request, path, headers,
                        List.of("x-ca-key", "x-ca-nonce", "x-ca-signature-method", "x-ca-stage", "x-ca-timestamp"),
                        "HmacSHA256");
            }
        },

        /**
         * The Tea-based IoT API-gateway SDK: a Date and no X-Ca-Timestamp, user-agent signed, its method in
         * x-ca-signaturemethod (a header the scheme does not know, so HmacSHA256 by default).
         */
        TEA_SDK {
            @Override
            HttpRequest.Builder sign(HttpRequest.Builder request, String path, byte[] body) {
                var headers = new LinkedHashMap<String, String>();
                headers.put("date", now());
                headers.put("x-ca-nonce", UUID.randomUUID().toString());
                headers.put("x-ca-key", APP.appKey());
                headers.put("x-ca-signaturemethod", "HmacSHA256");
                headers.put("accept", "application/json");
                headers.put("user-agent", "AlibabaCloud (Linux; amd64) Java/17 tea-util/0.2.23 TeaDSL/1");
                headers.put("content-type", "application/octet-stream");
                headers.put("content-md5", RequestSigner.contentMd5(body));
                return APP.sign(request, path, headers,
                        List.of("user-agent", "x-ca-key", "x-ca-nonce", "x-ca-signaturemethod"), "HmacSHA256");
            }
        },

        /** A Go client: lowercase names on the wire, no method header (HmacSHA256), a charset on octet-stream. */
        GO_CLIENT {
            @Override
            HttpRequest.Builder sign(HttpRequest.Builder request, String path, byte[] body) {
                var headers = new LinkedHashMap<String, String>();
                headers.put("accept", "application/json");
                headers.put("content-md5", RequestSigner.contentMd5(body));
                headers.put("content-type", "application/octet-stream; charset=utf-8");
                headers.put("x-ca-key", APP.appKey());
                headers.put("x-ca-nonce", UUID.randomUUID().toString());
                headers.put("x-ca-timestamp", String.valueOf(System.currentTimeMillis()));
                return APP.sign(request, path, headers, List.of("x-ca-key", "x-ca-nonce", "x-ca-timestamp"),
                        "HmacSHA256");
            }
        };

        abstract HttpRequest.Builder sign(HttpRequest.Builder request, String path, byte[] body);

        static String now() {
            return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Environment environment;

    @Value("${gateway.data-dir}")
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Client.class)
    void readsAnOrderOverHttp(Client client) {
        var device = fixtures.device("admin-a");
        var order = fixtures.boundOrder(device, "admin-a", Instant.now().minus(Duration.ofDays(1)));
        var api = new ApiClient(port);
        var body = bytes(Envelope.get().param("iotId", device.value()).param("orderId", order.value()));

        var result = api.send(client.sign(api.request(ApiClient.GET), ApiClient.GET, body)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.code()).as(result.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void bindsAnOrderOverHttps(Client client) {
        var device = fixtures.device("admin-a");
        var order = fixtures.paidOrder();
        var https = new HttpsApiClient(dataDir.resolve("tls/certificate.pem"),
                environment.getRequiredProperty("local.https.port", Integer.class));
        var body = bytes(Envelope.bind().param("iotId", device.value()).param("orderId", order.value()));

        var answer = https.send(client.sign(https.request(ApiClient.BIND), ApiClient.BIND, body)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("code").asInt()).as(answer.json().toString()).isEqualTo(200);
    }

    private static byte[] bytes(Envelope envelope) {
        return envelope.json().getBytes(StandardCharsets.UTF_8);
    }
}
