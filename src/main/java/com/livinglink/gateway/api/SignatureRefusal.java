package com.livinglink.gateway.api;

import org.springframework.http.HttpStatus;

/**
 * Failures of the signature/transport layer (contract section 7): these, and only these, answer with an
 * HTTP status other than 200, carry {@code X-Ca-Error-Code} / {@code X-Ca-Error-Message}, and put the
 * HTTP status into the envelope's {@code code}.
 */
public enum SignatureRefusal {

    EMPTY_APP_KEY(HttpStatus.UNAUTHORIZED, "I401EK", "Empty AppKey", "no X-Ca-Key"),
    EMPTY_SIGNATURE(HttpStatus.UNAUTHORIZED, "I401ES", "Empty Signature", "no X-Ca-Signature"),
    INVALID_APP_KEY(HttpStatus.BAD_REQUEST, "I400AK", "Invalid AppKey", "the appKey is not registered"),
    INVALID_CONTENT_MD5(HttpStatus.BAD_REQUEST, "I400MD", "Invalid Content-MD5",
            "Content-MD5 missing for a body, or not the body's"),
    INVALID_TIMESTAMP(HttpStatus.BAD_REQUEST, "I400TS", "Invalid Timestamp",
            "neither X-Ca-Timestamp nor Date, X-Ca-Timestamp not epoch milliseconds, or Date not RFC 1123"),
    TIMESTAMP_EXPIRED(HttpStatus.BAD_REQUEST, "I400TS", "Timestamp Expired",
            "the request's time (X-Ca-Timestamp, else Date) more than 15 minutes off the server's clock"),
    INVALID_NONCE(HttpStatus.BAD_REQUEST, "I400NC", "Invalid Nonce",
            "no X-Ca-Nonce (unless the app is registered with nonce-required: false)"),
    NONCE_USED(HttpStatus.BAD_REQUEST, "I400NC", "Nonce Used", "the nonce was used by this app in the last 15 minutes"),
    INVALID_SIGNATURE(HttpStatus.BAD_REQUEST, "I400SG", "Invalid Signature",
            "the signature does not match; the message shows the server's stringToSign with line breaks as #"),
    PLAIN_HTTP(HttpStatus.FORBIDDEN, "I403PT", "Invalid protocol HTTP unsupported",
            "an HTTPS-only API called over plain HTTP"),
    THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "I429FC", "Throttled by APP Flow Control",
            "the app's rate limit is exceeded"),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "I413RL", "Request body too Large",
            "the body is over " + RawBody.MAX_BYTES / 1024 + " KiB"),
    UNSUPPORTED_METHOD(HttpStatus.METHOD_NOT_ALLOWED, "I405UM", "Unsupported Method", "a method other than POST");

    private final HttpStatus status;
    private final String errorCode;
    private final String message;
    private final String meaning;

    SignatureRefusal(HttpStatus status, String errorCode, String message, String meaning) {
        this.status = status;
        this.errorCode = errorCode;
        this.message = message;
        this.meaning = meaning;
    }

    /** When the gateway answers it, as the API description says. */
    public String meaning() {
        return meaning;
    }

    public HttpStatus status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public String message() {
        return message;
    }

    String messageKey() {
        return "transport." + name();
    }
}
