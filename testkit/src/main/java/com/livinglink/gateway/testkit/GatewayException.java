package com.livinglink.gateway.testkit;

/**
 * The gateway could not be started, or a call of its test control or operator API was refused or could not be
 * sent. The message says why: for a start, with the path of the gateway's log.
 */
public class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure the message explains. */
    public GatewayException(String message) {
        super(message);
    }

    /** A failure the message explains, with what caused it. */
    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
