package com.livinglink.gateway.api;

import java.time.Duration;

/**
 * A failure of the transport layer; see {@link TransportError}. Its message may extend the error's own
 * (the signature failure appends the server's string-to-sign), and a throttled request says when to retry.
 */
public class TransportException extends RuntimeException {

    static final int MAX_SHOWN_STRING_TO_SIGN = 2048;

    private final TransportError error;
    private final String errorMessage;
    private final Duration retryAfter;

    public TransportException(TransportError error) {
        this(error, error.message(), null);
    }

    private TransportException(TransportError error, String errorMessage, Duration retryAfter) {
        super(error.errorCode() + " " + error.name(), null, false, false);
        this.error = error;
        this.errorMessage = errorMessage;
        this.retryAfter = retryAfter;
    }

    /**
     * The platform's debugging aid: the string the server signed, its line breaks written as {@code #}. It goes
     * into a response header, so a string-to-sign swollen by a long query or form body is cut short rather
     * than overflowing the server's header buffer.
     */
    public static TransportException invalidSignature(String serverStringToSign) {
        var shown = serverStringToSign.length() <= MAX_SHOWN_STRING_TO_SIGN ? serverStringToSign
                : serverStringToSign.substring(0, MAX_SHOWN_STRING_TO_SIGN) + "...";
        return new TransportException(TransportError.INVALID_SIGNATURE, TransportError.INVALID_SIGNATURE.message()
                + ", Server StringToSign:`" + shown.replace('\n', '#') + "`", null);
    }

    public static TransportException throttled(Duration retryAfter) {
        return new TransportException(TransportError.THROTTLED, TransportError.THROTTLED.message(), retryAfter);
    }

    public TransportError error() {
        return error;
    }

    /** The text of {@code X-Ca-Error-Message} and of the envelope's {@code message}. */
    public String errorMessage() {
        return errorMessage;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
