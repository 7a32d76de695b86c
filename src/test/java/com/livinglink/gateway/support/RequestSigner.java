package com.livinglink.gateway.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests as the platform's Java SDK does (HmacSHA256; Accept, Content-MD5, Content-Type; the
 * X-Ca headers signed). Written apart from the gateway's verifier so that API tests do not check the
 * gateway against itself; {@code SignatureVectorsTest} ties the verifier to the published vectors.
 */
public record RequestSigner(String appKey, String secret) {

    public static final RequestSigner TEST_APP = new RequestSigner("test-app", "test-app-secret");
    public static final RequestSigner DEMO = new RequestSigner("demo", "demo-secret");

    public HttpRequest.Builder sign(HttpRequest.Builder request, String path, String contentType, byte[] body) {
        return sign(request, path, contentType, body, System.currentTimeMillis(), UUID.randomUUID().toString());
    }

    public HttpRequest.Builder sign(HttpRequest.Builder request, String path, String contentType, byte[] body,
            long timestamp, String nonce) {
        var accept = "application/json";
        var md5 = base64(digest(body));
        var headers = "x-ca-key:" + appKey + "\nx-ca-nonce:" + nonce + "\nx-ca-signature-method:HmacSHA256\n"
                + "x-ca-timestamp:" + timestamp + "\n";
        var stringToSign = "POST\n" + accept + "\n" + md5 + "\n" + (contentType == null ? "" : contentType) + "\n\n"
                + headers + path;
        return request.header("Accept", accept).header("Content-MD5", md5)
                .header("X-Ca-Key", appKey).header("X-Ca-Nonce", nonce).header("X-Ca-Timestamp", String.valueOf(timestamp))
                .header("X-Ca-Signature-Method", "HmacSHA256")
                .header("X-Ca-Signature-Headers", "x-ca-key,x-ca-nonce,x-ca-signature-method,x-ca-timestamp")
                .header("X-Ca-Signature", hmac(stringToSign));
    }

    private String hmac(String stringToSign) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return base64(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static byte[] digest(byte[] body) {
        try {
            return MessageDigest.getInstance("MD5").digest(body);
        }
        catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
