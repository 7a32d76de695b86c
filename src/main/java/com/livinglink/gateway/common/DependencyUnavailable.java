package com.livinglink.gateway.common;

/**
 * A dependency outside the database (a JWKS endpoint, say) could not answer within what was left of the
 * request's budget: a retryable 503 {@code service not available.}, not a fault of the caller. Like
 * {@link DatabaseFailures}, it lets a module that knows nothing of the wire say so; the API edge answers it.
 */
public class DependencyUnavailable extends RuntimeException {

    public DependencyUnavailable(String dependency, Throwable cause) {
        super(dependency + " cannot answer within the request's budget: " + cause, cause);
    }
}
