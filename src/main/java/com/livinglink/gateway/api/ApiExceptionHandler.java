package com.livinglink.gateway.api;

import java.util.List;

import com.livinglink.gateway.common.DatabaseFailures;
import com.livinglink.gateway.common.DependencyUnavailable;
import com.livinglink.gateway.failure.DomainFailure;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures of the API become envelopes with the contract's codes. Anything not
 * foreseen is a 500 {@code service error.}: logged with the request id, never shown to the client.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final EnvelopeWriter responses;

    public ApiExceptionHandler(EnvelopeWriter responses) {
        this.responses = responses;
    }

    /** What Spring MVC could not serve or failed in (an unknown path, the error controller): answered alike. */
    @ExceptionHandler
    ResponseEntity<ApiResponse> handle(Exception failure, HttpServletRequest request) {
        return answer(failure, request);
    }

    /** The envelope that answers a failure of an API call, or of any other request. */
    public ResponseEntity<ApiResponse> answer(Exception failure, HttpServletRequest request) {
        if (failure instanceof GatewayException refused) {
            return responses.error(request, refused.result(), refused.details());
        }
        if (failure instanceof DomainFailure refused) {
            return responses.error(request, DomainFailureCodes.codeOf(refused), DomainFailureCodes.detailsOf(refused));
        }
        if (failure instanceof SignatureRefusalException refused) {
            return responses.error(request, refused);
        }
        if (failure instanceof HttpRequestMethodNotSupportedException) {
            return responses.error(request, SignatureRefusal.UNSUPPORTED_METHOD);
        }
        if (failure instanceof NoHandlerFoundException || failure instanceof NoResourceFoundException) {
            return responses.error(request, HttpStatus.NOT_FOUND, ResultCode.SERVICE_NOT_FOUND, List.of());
        }
        if (failure instanceof DependencyUnavailable unavailable) {
            return dependencyUnavailable(unavailable, request);
        }
        if (DatabaseFailures.unavailable(failure)) {
            return databaseUnavailable(failure, request);
        }
        log.error("unexpected failure, requestId={}", ApiExchange.of(request).requestId(), failure);
        return responses.error(request, ResultCode.SERVICE_ERROR, List.of());
    }

    /** The database cannot answer (down, pool exhausted, lock or statement timeout): retryable, 503. */
    private ResponseEntity<ApiResponse> databaseUnavailable(Exception failure, HttpServletRequest request) {
        log.warn("database unavailable, requestId={}: {}", ApiExchange.of(request).requestId(), failure.toString());
        return responses.error(request, ResultCode.SERVICE_NOT_AVAILABLE, List.of());
    }

    /** A JWKS endpoint or another dependency did not answer within what was left of the budget: 503. */
    private ResponseEntity<ApiResponse> dependencyUnavailable(DependencyUnavailable failure,
            HttpServletRequest request) {
        log.warn("dependency unavailable, requestId={}: {}", ApiExchange.of(request).requestId(), failure.getMessage());
        return responses.error(request, ResultCode.SERVICE_NOT_AVAILABLE, List.of());
    }
}
