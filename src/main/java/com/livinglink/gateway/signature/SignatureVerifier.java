package com.livinglink.gateway.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.livinglink.gateway.api.SignatureRefusal;
import com.livinglink.gateway.api.SignatureRefusalException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Checks a request against the platform's app signature scheme (contract section 7) and names the app
 * that signed it. The nonce is recorded only once the signature has been verified, so that nobody
 * without the app's secret can use up its nonces, and before the body is read, so that a replayed request
 * is refused without waiting for its body. A present X-Ca-Timestamp or X-Ca-Nonce left out of
 * the signed headers is refused as {@code Invalid Signature}: the signature does not cover the request.
 */
@Component
public class SignatureVerifier {

    public static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(15);
    public static final int MAX_NONCE_LENGTH = 128;
    /** Headers that must be signed when the request carries them: an unsigned one could be changed in transit. */
    private static final List<String> SIGNED_WHEN_PRESENT = List.of("x-ca-timestamp", "x-ca-nonce");

    private final AppRegistry apps;
    private final NonceStore nonces;
    private final Clock clock;

    /**
     * The timestamp window is checked against real time, not the gateway's clock: clients sign with their
     * real clock even when a test suite pins the gateway's ({@code gateway.clock.fixed}).
     */
    @Autowired
    public SignatureVerifier(AppRegistry apps, NonceStore nonces) {
        this(apps, nonces, Clock.systemUTC());
    }

    SignatureVerifier(AppRegistry apps, NonceStore nonces, Clock clock) {
        this.apps = apps;
        this.nonces = nonces;
        this.clock = clock;
    }

    public App verify(HttpServletRequest request, byte[] body) {
        try {
            return verify(request, () -> body);
        }
        catch (IOException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    /**
     * Judges everything the headers carry before the body is read: the signature covers Content-MD5's value,
     * not the body, so an unauthenticated client is refused without the gateway waiting for its body. Only a
     * form body is read first, as its parameters are signed. The body is then read and must match Content-MD5.
     */
    public App verify(HttpServletRequest request, Body body) throws IOException {
        var appKey = request.getHeader("X-Ca-Key");
        if (appKey == null || appKey.isEmpty()) {
            throw new SignatureRefusalException(SignatureRefusal.EMPTY_APP_KEY);
        }
        var signature = request.getHeader("X-Ca-Signature");
        if (signature == null || signature.isEmpty()) {
            throw new SignatureRefusalException(SignatureRefusal.EMPTY_SIGNATURE);
        }
        var app = apps.find(appKey).orElseThrow(() -> new SignatureRefusalException(SignatureRefusal.INVALID_APP_KEY));
        checkTime(requestTime(request));
        var contentMd5 = request.getHeader("Content-MD5");
        if (!isPresent(contentMd5) && declaresBody(request)) {
            throw new SignatureRefusalException(SignatureRefusal.INVALID_CONTENT_MD5);
        }
        var nonce = request.getHeader("X-Ca-Nonce");
        boolean hasNonce = isPresent(nonce);
        if (hasNonce && nonce.length() > MAX_NONCE_LENGTH || !hasNonce && app.nonceRequired()) {
            throw new SignatureRefusalException(SignatureRefusal.INVALID_NONCE);
        }
        byte[] read = isForm(request.getContentType()) ? body.read() : null;
        checkSignature(request, read == null ? new byte[0] : read, app, signature);
        if (hasNonce && !nonces.firstUse(app.key(), nonce)) {
            throw new SignatureRefusalException(SignatureRefusal.NONCE_USED);
        }
        checkContentMd5(contentMd5, read == null ? body.read() : read);
        return app;
    }

    /** The request body, read when the signature layer first needs it. */
    @FunctionalInterface
    public interface Body {
        byte[] read() throws IOException;
    }

    /** A body is announced by its length or by a transfer coding (chunked). */
    private static boolean declaresBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * X-Ca-Timestamp when the request carries one, else its Date header: an unreadable X-Ca-Timestamp is not
     * excused by a Date beside it.
     */
    private static long requestTime(HttpServletRequest request) {
        var timestamp = request.getHeader("X-Ca-Timestamp");
        try {
            if (isPresent(timestamp)) {
                return Long.parseLong(timestamp);
            }
            var date = request.getHeader("Date");
            if (isPresent(date)) {
                return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            }
        }
        catch (NumberFormatException | DateTimeException unreadable) {
            throw new SignatureRefusalException(SignatureRefusal.INVALID_TIMESTAMP);
        }
        throw new SignatureRefusalException(SignatureRefusal.INVALID_TIMESTAMP);
    }

    private void checkTime(long millis) {
        long skew = Math.abs(clock.millis() - millis);
        if (skew > TIMESTAMP_TOLERANCE.toMillis() || skew < 0) {
            throw new SignatureRefusalException(SignatureRefusal.TIMESTAMP_EXPIRED);
        }
    }

    private static void checkContentMd5(String contentMd5, byte[] body) {
        if (contentMd5 == null && body.length == 0) {
            return;
        }
        if (contentMd5 == null || !MessageDigest.isEqual(contentMd5.getBytes(StandardCharsets.ISO_8859_1),
                md5(body).getBytes(StandardCharsets.ISO_8859_1))) {
            throw new SignatureRefusalException(SignatureRefusal.INVALID_CONTENT_MD5);
        }
    }

    private static void checkSignature(HttpServletRequest request, byte[] body, App app, String signature) {
        var signedHeaders = request.getHeader("X-Ca-Signature-Headers");
        var stringToSign = StringToSign.of(request.getMethod(), request::getHeader, signedHeaders,
                request.getRequestURI(), parameters(request, body));
        var method = SignatureMethod.fromHeader(request.getHeader("X-Ca-Signature-Method"));
        boolean valid = method.isPresent() && signsRequiredHeaders(request, signedHeaders)
                && MessageDigest.isEqual(signature.getBytes(StandardCharsets.ISO_8859_1),
                        method.get().sign(app.secret().getBytes(StandardCharsets.UTF_8),
                                stringToSign.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.ISO_8859_1));
        if (!valid) {
            throw SignatureRefusalException.invalidSignature(stringToSign);
        }
    }

    /** X-Ca-Key always; X-Ca-Timestamp and X-Ca-Nonce when the request carries them. */
    private static boolean signsRequiredHeaders(HttpServletRequest request, String signedHeaders) {
        var names = Arrays.stream(StringToSign.signedHeaderNames(signedHeaders))
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return names.contains("x-ca-key") && SIGNED_WHEN_PRESENT.stream()
                .allMatch(name -> names.contains(name) || !isPresent(request.getHeader(name)));
    }

    private static boolean isPresent(String header) {
        return header != null && !header.isEmpty();
    }

    /** Query parameters, plus the body's when it is a form: the scheme signs both. */
    private static Map<String, String> parameters(HttpServletRequest request, byte[] body) {
        var parameters = new TreeMap<>(StringToSign.parameters(request.getQueryString()));
        if (isForm(request.getContentType())) {
            StringToSign.parameters(new String(body, StandardCharsets.UTF_8)).forEach(parameters::putIfAbsent);
        }
        return parameters;
    }

    private static boolean isForm(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        }
        catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    static String md5(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        }
        catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
