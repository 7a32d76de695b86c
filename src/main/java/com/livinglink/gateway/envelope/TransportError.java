package com.livinglink.gateway.envelope;

import org.springframework.http.HttpStatus;

/**
 * Failures of the signature/transport layer (contract section 7): these, and only these, answer with an
 * HTTP status other than 200, carry {@code X-Ca-Error-Code} / {@code X-Ca-Error-Message}, and put the
 * HTTP status into the envelope's {@code code}.
 */
public enum TransportError {

    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "I413RL", "Request body too Large"),
    UNSUPPORTED_METHOD(HttpStatus.METHOD_NOT_ALLOWED, "I405UM", "Unsupported Method");

    private final HttpStatus status;
    private final String errorCode;
    private final String message;

    TransportError(HttpStatus status, String errorCode, String message) {
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
}
