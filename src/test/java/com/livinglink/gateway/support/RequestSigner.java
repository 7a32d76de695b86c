package com.livinglink.gateway.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests as the platform's Java SDK does (HmacSHA256; Accept, Content-MD5, Content-Type; the
 * X-Ca headers signed), or with whatever headers a client sends and signs. Written apart from the gateway's
 * verifier so that API tests do not check the gateway against itself; {@code SignatureVectorsTest} ties the
 * verifier to the published vectors.
 */
public record RequestSigner(String appKey, String secret) {

    public static final RequestSigner TEST_APP = new RequestSigner("test-app", "test-app-secret");
    public static final RequestSigner DEMO = new RequestSigner("demo", "demo-secret");

    public HttpRequest.Builder sign(HttpRequest.Builder request, String path, String contentType, byte[] body) {
        return sign(request, path, contentType, body, System.currentTimeMillis(), UUID.randomUUID().toString());
    }

    public HttpRequest.Builder sign(HttpRequest.Builder request, String path, String contentType, byte[] body,
            long timestamp, String nonce) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Accept", "application/json");
        headers.put("Content-MD5", contentMd5(body));
        headers.put("X-Ca-Key", appKey);
        headers.put("X-Ca-Nonce", nonce);
        headers.put("X-Ca-Timestamp", String.valueOf(timestamp));
        headers.put("X-Ca-Signature-Method", "HmacSHA256");
        headers.forEach(request::header);
        // The caller sends its own Content-Type (or none): signed here, not sent twice.
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return withSignature(request, path, headers,
                List.of("x-ca-key", "x-ca-nonce", "x-ca-signature-method", "x-ca-timestamp"), "HmacSHA256");
    }

    /**
     * Sends {@code headers} as written, in their order, and signs them as the scheme says: Accept, Content-MD5,
     * Content-Type and Date on their own lines (empty when absent), then the {@code signedHeaders} (listed in
     * {@code X-Ca-Signature-Headers} as given, signed sorted as written, their values found whatever the
     * case), then the path.
     */
    public HttpRequest.Builder sign(HttpRequest.Builder request, String path, Map<String, String> headers,
            List<String> signedHeaders, String algorithm) {
        headers.forEach(request::header);
        return withSignature(request, path, headers, signedHeaders, algorithm);
    }

    private HttpRequest.Builder withSignature(HttpRequest.Builder request, String path, Map<String, String> headers,
            List<String> signedHeaders, String algorithm) {
        var stringToSign = new StringBuilder("POST\n");
        for (var name : List.of("Accept", "Content-MD5", "Content-Type", "Date")) {
            stringToSign.append(valueOf(headers, name)).append('\n');
        }
        signedHeaders.stream().sorted().forEach(name -> stringToSign.append(name).append(':')
                .append(valueOf(headers, name)).append('\n'));
        stringToSign.append(path);
        return request.header("X-Ca-Signature-Headers", String.join(",", signedHeaders))
                .header("X-Ca-Signature", hmac(algorithm, stringToSign.toString()));
    }

    /** The {@code Content-MD5} of a body: base64 of its MD5. */
    public static String contentMd5(byte[] body) {
        return base64(digest(body));
    }

    private static String valueOf(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    private String hmac(String algorithm, String stringToSign) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
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
