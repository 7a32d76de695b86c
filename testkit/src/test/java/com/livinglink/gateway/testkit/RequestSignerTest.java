package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class RequestSignerTest {

    /** The gateway's known-answer vectors, computed with the platform's own SDKs. */
    static final Path VECTORS = Path.of("../src/test/resources/signature-vectors.jsonl");

    @Test
    void signsAsThePlatformsJavaSdkDoes() throws IOException {
        var vector = Json.object(Json.parse(Files.readAllLines(VECTORS, StandardCharsets.UTF_8).get(0)));
        var headers = Json.object(vector.get("headers"));
        var body = Json.text(vector, "body").getBytes(StandardCharsets.UTF_8);
        var signed = new TreeMap<String, String>();
        for (var name : Json.text(headers, "x-ca-signature-headers").split(",")) {
            signed.put(name, Json.text(headers, name));
        }

        var stringToSign = RequestSigner.stringToSign("POST", Json.text(headers, "accept"),
                RequestSigner.contentMd5(body), Json.text(headers, "content-type"), signed, Json.text(vector, "path"));

        assertThat(RequestSigner.contentMd5(body)).isEqualTo(Json.text(headers, "content-md5"));
        assertThat(stringToSign).isEqualTo(Json.text(vector, "stringToSign"));
        assertThat(RequestSigner.signature(Json.text(vector, "secret"), stringToSign))
                .isEqualTo(Json.text(vector, "signature"));
    }

    @Test
    void signsKeyNonceTimestampAndMethodAndListsThem() {
        var headers = new RequestSigner("demo", "demo-secret").headers("/vision/customer/cloudstorage/order/get",
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(headers).containsEntry("x-ca-key", "demo").containsEntry("x-ca-signature-method", "HmacSHA256")
                .containsEntry("X-Ca-Signature-Headers", "x-ca-key,x-ca-nonce,x-ca-signature-method,x-ca-timestamp")
                .containsEntry("Content-MD5", "mZFLkyvTelC5g8XnyQrpOw==").containsKeys("x-ca-nonce", "x-ca-timestamp");
        var signed = new TreeMap<String, String>();
        for (var name : headers.get("X-Ca-Signature-Headers").split(",")) {
            signed.put(name, headers.get(name));
        }
        assertThat(headers.get("X-Ca-Signature")).isEqualTo(RequestSigner.signature("demo-secret",
                RequestSigner.stringToSign("POST", RequestSigner.ACCEPT, "mZFLkyvTelC5g8XnyQrpOw==",
                        RequestSigner.CONTENT_TYPE, signed, "/vision/customer/cloudstorage/order/get")));
        assertThat(Map.copyOf(headers).keySet()).doesNotContain("Date");
    }
}
