package com.livinglink.gateway.envelope;

/** A failure of the transport layer; see {@link TransportError}. */
public class TransportException extends RuntimeException {

    private final TransportError error;

    public TransportException(TransportError error) {
        super(error.errorCode() + " " + error.message(), null, false, false);
        this.error = error;
    }

    public TransportError error() {
        return error;
    }
}
