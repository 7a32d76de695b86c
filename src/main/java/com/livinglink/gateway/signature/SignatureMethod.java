package com.livinglink.gateway.signature;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMACs of {@code X-Ca-Signature-Method}; HmacSHA256 when the header is absent. */
public enum SignatureMethod {

    HMAC_SHA256("HmacSHA256"), HMAC_SHA1("HmacSHA1");

    private final String algorithm;

    SignatureMethod(String algorithm) {
        this.algorithm = algorithm;
    }

    /** The name written in {@code X-Ca-Signature-Method}. */
    public String algorithm() {
        return algorithm;
    }

    public static Optional<SignatureMethod> fromHeader(String header) {
        if (header == null || header.isEmpty()) {
            return Optional.of(HMAC_SHA256);
        }
        return Arrays.stream(values()).filter(method -> method.algorithm.equalsIgnoreCase(header)).findFirst();
    }

    /** {@code base64(HMAC(secret, UTF-8 bytes of stringToSign))}. */
    public String sign(byte[] secret, byte[] stringToSign) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign));
        }
        catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", unavailable);
        }
    }
}
