package com.livinglink.gateway.api;

import java.time.Duration;

/**
 * A failure of the transport layer; see {@link SignatureRefusal}. Its message may extend the error's own
 * (the signature failure appends the server's string-to-sign), and a throttled request says when to retry.
 */
public class SignatureRefusalException extends RuntimeException {

    static final int MAX_SHOWN_STRING_TO_SIGN = 2048;

    private final SignatureRefusal error;
    private final String errorMessage;
    private final Duration retryAfter;

    public SignatureRefusalException(SignatureRefusal error) {
        this(error, error.message(), null);
    }

    private SignatureRefusalException(SignatureRefusal error, String errorMessage, Duration retryAfter) {
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
    public static SignatureRefusalException invalidSignature(String serverStringToSign) {
        var shown = serverStringToSign.length() <= MAX_SHOWN_STRING_TO_SIGN ? serverStringToSign
                : serverStringToSign.substring(0, MAX_SHOWN_STRING_TO_SIGN) + "...";
        return new SignatureRefusalException(SignatureRefusal.INVALID_SIGNATURE, SignatureRefusal.INVALID_SIGNATURE.message()
                + ", Server StringToSign:`" + shown.replace('\n', '#') + "`", null);
    }

    public static SignatureRefusalException throttled(Duration retryAfter) {
        return new SignatureRefusalException(SignatureRefusal.THROTTLED, SignatureRefusal.THROTTLED.message(), retryAfter);
    }

    public SignatureRefusal error() {
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
