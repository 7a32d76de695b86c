package com.livinglink.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.mock.web.MockHttpServletRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known answers: the vectors published with the contract (computed with the platform's Java SDK, and with
 * the signing library of its Tea-based IoT API-gateway SDK: Date header, no X-Ca-Timestamp), and
 * vectors computed with openssl from the written scheme for what those do not show (Go-style header-name
 * casing, HmacSHA1 with encoded query parameters, a signed header that is absent).
 */
class SignatureVectorsTest {

    record Vector(String name, String secret, String method, String path, String query, Map<String, String> headers,
            String body, String stringToSign, String signature) {
    }

    static Stream<Arguments> vectors() throws IOException {
        var vectors = new ArrayList<Vector>(published());
        vectors.add(new Vector("Go-style header names, no body", "demo-secret", "POST",
                "/vision/customer/cloudstorage/order/get", "",
                Map.of("X-Ca-Key", "demo", "X-Ca-Nonce", "n-1", "X-Ca-Timestamp", "1763800000000",
                        "X-Ca-Signature-Headers", "X-Ca-Timestamp,X-Ca-Key,X-Ca-Nonce"),
                "",
                "POST\n\n\n\n\nX-Ca-Key:demo\nX-Ca-Nonce:n-1\nX-Ca-Timestamp:1763800000000\n"
                        + "/vision/customer/cloudstorage/order/get",
                "1iI7CsqUy7tGgiTwzYMgJLAIg/NAQrBZhW1gKvJhxJ8="));
        vectors.add(new Vector("HmacSHA1, encoded query, never-signed headers listed", "demo-secret", "POST",
                "/vision/customer/cloudstorage/order/get", "z&k=v%20x",
                Map.of("Accept", "application/json", "Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==",
                        "Content-Type", "application/json", "x-ca-key", "demo", "x-ca-nonce", "n-2",
                        "x-ca-timestamp", "1763800000000", "x-ca-signature-method", "HmacSHA1",
                        "x-ca-signature-headers", "x-ca-key,accept,x-ca-nonce,content-md5,x-ca-timestamp,x-ca-signature-headers"),
                "",
                "POST\napplication/json\n1B2M2Y8AsgTpgAmY7PhCfg==\napplication/json\n\nx-ca-key:demo\nx-ca-nonce:n-2\n"
                        + "x-ca-timestamp:1763800000000\n/vision/customer/cloudstorage/order/get?k=v x&z",
                "/NGSG9oTugpNpmv9ryTZuLGw5vQ="));
        vectors.add(new Vector("a signed header that is absent counts as empty", "demo-secret", "POST",
                "/vision/customer/cloudstorage/bind/order", "",
                Map.of("x-ca-key", "demo", "x-ca-nonce", "n-3", "x-ca-timestamp", "1763800000000",
                        "x-ca-signature-headers", "x-ca-key,x-ca-nonce,x-ca-timestamp,x-ca-custom"),
                "",
                "POST\n\n\n\n\nx-ca-custom:\nx-ca-key:demo\nx-ca-nonce:n-3\nx-ca-timestamp:1763800000000\n"
                        + "/vision/customer/cloudstorage/bind/order",
                "JkPlmmydy59hfAhM78/z+hZQrCIzGYPyR6KRhIqOMuI="));
        return vectors.stream().map(vector -> Arguments.of(vector.name(), vector));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void stringToSignIsTheSchemes(String name, Vector vector) {
        var request = request(vector);

        var stringToSign = StringToSign.of(vector.method(), request::getHeader,
                request.getHeader("X-Ca-Signature-Headers"), vector.path(), StringToSign.parameters(vector.query()));

        assertThat(stringToSign).isEqualTo(vector.stringToSign());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void signatureIsTheSchemes(String name, Vector vector) {
        var method = SignatureMethod.fromHeader(vector.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("x-ca-signature-method")).map(Map.Entry::getValue)
                .findFirst().orElse(null)).orElseThrow();

        var signature = method.sign(vector.secret().getBytes(StandardCharsets.UTF_8),
                vector.stringToSign().getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo(vector.signature());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifierAcceptsTheVectorsRequest(String name, Vector vector) {
        var request = request(vector);
        request.addHeader("X-Ca-Signature", vector.signature());
        var apps = new AppRegistry(new SecurityProperties(List.of(
                new App("demo", vector.secret(), Set.of(App.EVERY_API), 0, true))));
        var clock = Clock.fixed(signedAt(request), ZoneOffset.UTC);
        var verifier = new SignatureVerifier(apps, new InMemoryNonceStore(clock), clock);

        assertThatCode(() -> verifier.verify(request, vector.body().getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    /**
     * The vector's own time, X-Ca-Timestamp or else Date: the verifier's clock is pinned to it, since a
     * known answer stays right long after the ±15 minutes of real time the gateway accepts.
     */
    private static Instant signedAt(MockHttpServletRequest request) {
        var timestamp = request.getHeader("X-Ca-Timestamp");
        return timestamp != null ? Instant.ofEpochMilli(Long.parseLong(timestamp))
                : ZonedDateTime.parse(request.getHeader("Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static MockHttpServletRequest request(Vector vector) {
        var request = new MockHttpServletRequest(vector.method(), vector.path());
        request.setQueryString(vector.query().isEmpty() ? null : vector.query());
        vector.headers().forEach(request::addHeader);
        request.setContent(vector.body().getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static List<Vector> published() throws IOException {
        var json = JsonMapper.builder().build();
        try (InputStream in = SignatureVectorsTest.class.getResourceAsStream("/signature-vectors.jsonl")) {
            var vectors = new ArrayList<Vector>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                var headers = new java.util.LinkedHashMap<String, String>();
                node.get("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
                vectors.add(new Vector(node.get("name").asString(), node.get("secret").asString(),
                        node.get("method").asString(), node.get("path").asString(), node.get("query").asString(),
                        headers, node.get("body").asString(), node.get("stringToSign").asString(),
                        node.get("signature").asString()));
            }
            return vectors;
        }
    }
}
