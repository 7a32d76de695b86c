package com.livinglink.gateway.admin;

import com.livinglink.gateway.common.DatabaseFailures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the operator API as {@code application/problem+json}: Spring MVC's own failures (unreadable
 * JSON, failed validation, wrong method) through {@link OperatorExceptionHandler}, the rest here.
 */
@RestControllerAdvice(assignableTypes = AdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler extends OperatorExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AdminExceptionHandler.class);

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException failure) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, failure.getMessage());
    }

    /** The database cannot answer (down, pool exhausted, lock or statement timeout): retryable, 503. */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ProblemDetail unavailable(Exception failure) {
        log.warn("operator API: database unavailable: {}", failure.toString());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not available; try again.");
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception failure) {
        if (DatabaseFailures.unavailable(failure)) {
            return unavailable(failure);
        }
        log.error("operator API failure", failure);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The operation failed.");
    }
}
