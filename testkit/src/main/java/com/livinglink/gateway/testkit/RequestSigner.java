package com.livinglink.gateway.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request as the platform's Java API-gateway SDK does: {@code X-Ca-Key}, {@code X-Ca-Timestamp},
 * {@code X-Ca-Nonce} and {@code X-Ca-Signature-Method} signed, {@code Content-MD5} of the body, and
 * {@code X-Ca-Signature} the HmacSHA256 of the string-to-sign under the app's secret.
 */
final class RequestSigner {

    static final String ACCEPT = "application/json";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String METHOD = "HmacSHA256";

    private final String appKey;
    private final String appSecret;

    RequestSigner(String appKey, String appSecret) {
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    /** Every header a POST of this body to this path needs, the signature last. */
    Map<String, String> headers(String path, byte[] body) {
        var signed = new TreeMap<String, String>();
        signed.put("x-ca-key", appKey);
        signed.put("x-ca-nonce", UUID.randomUUID().toString());
        signed.put("x-ca-signature-method", METHOD);
        signed.put("x-ca-timestamp", String.valueOf(System.currentTimeMillis()));
        var contentMd5 = contentMd5(body);
        var headers = new LinkedHashMap<String, String>();
        headers.put("Accept", ACCEPT);
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("Content-MD5", contentMd5);
        headers.putAll(signed);
        headers.put("X-Ca-Signature-Headers", String.join(",", signed.keySet()));
        headers.put("X-Ca-Signature",
                signature(appSecret, stringToSign("POST", ACCEPT, contentMd5, CONTENT_TYPE, signed, path)));
        return headers;
    }

    /**
     * The string-to-sign of the scheme (contract section 7) for a request without Date, query or form
     * parameters: method, Accept, Content-MD5, Content-Type and an empty Date line, then each signed header as
     * {@code name:value} in name order, then the path.
     */
    static String stringToSign(String method, String accept, String contentMd5, String contentType,
            SortedMap<String, String> signedHeaders, String path) {
        var text = new StringBuilder(method).append('\n').append(accept).append('\n').append(contentMd5).append('\n')
                .append(contentType).append('\n').append('\n');
        signedHeaders.forEach((name, value) -> text.append(name).append(':').append(value).append('\n'));
        return text.append(path).toString();
    }

    static String signature(String secret, String stringToSign) {
        try {
            var mac = Mac.getInstance(METHOD);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), METHOD));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + METHOD, e);
        }
    }

    static String contentMd5(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no MD5", e);
        }
    }
}
