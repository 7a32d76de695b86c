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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
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

    private final ApiResponses responses;

    public ApiExceptionHandler(ApiResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler
    ResponseEntity<ApiResponse> gateway(GatewayException failure, HttpServletRequest request) {
        return responses.error(request, failure.result(), failure.details());
    }

    @ExceptionHandler
    ResponseEntity<ApiResponse> refused(DomainFailure failure, HttpServletRequest request) {
        return responses.error(request, DomainFailureCodes.codeOf(failure),
                DomainFailureCodes.detailsOf(failure));
    }

    @ExceptionHandler
    ResponseEntity<ApiResponse> transport(TransportException failure, HttpServletRequest request) {
        return responses.error(request, failure);
    }

    @ExceptionHandler
    ResponseEntity<ApiResponse> method(HttpRequestMethodNotSupportedException failure, HttpServletRequest request) {
        return responses.error(request, TransportError.UNSUPPORTED_METHOD);
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ApiResponse> unknownPath(Exception failure, HttpServletRequest request) {
        return responses.error(request, HttpStatus.NOT_FOUND, ResultCode.SERVICE_NOT_FOUND, List.of());
    }

    /** The database cannot answer (down, pool exhausted, lock or statement timeout): retryable, 503. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ApiResponse> unavailable(Exception failure, HttpServletRequest request) {
        log.warn("database unavailable, requestId={}: {}", ApiExchange.of(request).requestId(), failure.toString());
        return responses.error(request, ResultCode.SERVICE_NOT_AVAILABLE, List.of());
    }

    /** A JWKS endpoint or another dependency did not answer within what was left of the budget: 503. */
    @ExceptionHandler
    ResponseEntity<ApiResponse> dependencyUnavailable(DependencyUnavailable failure, HttpServletRequest request) {
        log.warn("dependency unavailable, requestId={}: {}", ApiExchange.of(request).requestId(), failure.getMessage());
        return responses.error(request, ResultCode.SERVICE_NOT_AVAILABLE, List.of());
    }

    @ExceptionHandler
    ResponseEntity<ApiResponse> unexpected(Exception failure, HttpServletRequest request) {
        if (DatabaseFailures.unavailable(failure)) {
            return unavailable(failure, request);
        }
        log.error("unexpected failure, requestId={}", ApiExchange.of(request).requestId(), failure);
        return responses.error(request, ResultCode.SERVICE_ERROR, List.of());
    }
}
