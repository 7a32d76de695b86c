package com.livinglink.gateway.api;

import org.springframework.http.HttpStatus;

/**
 * Failures of the signature/transport layer (contract section 7): these, and only these, answer with an
 * HTTP status other than 200, carry {@code X-Ca-Error-Code} / {@code X-Ca-Error-Message}, and put the
 * HTTP status into the envelope's {@code code}.
 */
public enum SignatureRefusal {

    EMPTY_APP_KEY(HttpStatus.UNAUTHORIZED, "I401EK", "Empty AppKey"),
    EMPTY_SIGNATURE(HttpStatus.UNAUTHORIZED, "I401ES", "Empty Signature"),
    INVALID_APP_KEY(HttpStatus.BAD_REQUEST, "I400AK", "Invalid AppKey"),
    INVALID_CONTENT_MD5(HttpStatus.BAD_REQUEST, "I400MD", "Invalid Content-MD5"),
    INVALID_TIMESTAMP(HttpStatus.BAD_REQUEST, "I400TS", "Invalid Timestamp"),
    TIMESTAMP_EXPIRED(HttpStatus.BAD_REQUEST, "I400TS", "Timestamp Expired"),
    INVALID_NONCE(HttpStatus.BAD_REQUEST, "I400NC", "Invalid Nonce"),
    NONCE_USED(HttpStatus.BAD_REQUEST, "I400NC", "Nonce Used"),
    INVALID_SIGNATURE(HttpStatus.BAD_REQUEST, "I400SG", "Invalid Signature"),
    PLAIN_HTTP(HttpStatus.FORBIDDEN, "I403PT", "Invalid protocol HTTP unsupported"),
    THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "I429FC", "Throttled by APP Flow Control"),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "I413RL", "Request body too Large"),
    UNSUPPORTED_METHOD(HttpStatus.METHOD_NOT_ALLOWED, "I405UM", "Unsupported Method");

    private final HttpStatus status;
    private final String errorCode;
    private final String message;

    SignatureRefusal(HttpStatus status, String errorCode, String message) {
        this.status = status;
        this.errorCode = errorCode;
        this.message = message;
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
