package com.livinglink.gateway.testing;

import com.livinglink.gateway.admin.OperatorExceptionHandler;
import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.common.DatabaseFailures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the test-control API as {@code application/problem+json}, as the operator API's: bad input 400,
 * a change the order's state does not allow 409, the database or the shared Redis out of reach 503.
 */
@RestControllerAdvice(basePackageClasses = TestControlExceptionHandler.class)
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TestControlExceptionHandler extends OperatorExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(TestControlExceptionHandler.class);

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException failure) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, failure.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notNow(IllegalStateException failure) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, failure.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidFixture(FixtureLoader.InvalidFixture failure) {
        log.warn("reset refused: {}", failure.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, failure.getMessage());
    }

    @ExceptionHandler
    ProblemDetail callsStillRunning(ResetGate.CallsStillRunning failure) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, failure.getMessage());
    }

    /** Redis, where the nonces and rate-limit buckets a reset forgets are shared, did not answer in time. */
    @ExceptionHandler
    ProblemDetail unavailable(GatewayException failure) {
        if (failure.result() != ResultCode.SERVICE_NOT_AVAILABLE) {
            return unexpected(failure);
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The shared state (Redis) is not available; try again.");
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception failure) {
        if (DatabaseFailures.unavailable(failure)) {
            log.warn("test control: database unavailable: {}", failure.toString());
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is not available; try again.");
        }
        log.error("test control failure", failure);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The operation failed.");
    }
}
