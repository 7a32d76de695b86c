package com.example.camerabackend;

/** The platform did not answer, or answered that it is unavailable, even after the backend's retry. */
public class PlatformUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public PlatformUnavailable(String message) {
        super(message);
    }
}
