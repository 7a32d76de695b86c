package com.livinglink.gateway.admin;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Spring MVC's own failures of an operator call as {@code application/problem+json}, with a detail that
 * names the field at fault: a body that cannot be read (malformed, a value of the wrong type, a key no field
 * has; see {@link JsonProblems}) and a body that breaks a field's rule are both 400.
 */
public abstract class OperatorExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                JsonProblems.describe(jsonCause(failure)));
        return handleExceptionInternal(failure, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var result = failure.getBindingResult();
        var violations = Stream.concat(
                result.getFieldErrors().stream().map(error -> error.getField() + " " + error.getDefaultMessage()),
                result.getGlobalErrors().stream().filter(error -> !(error instanceof FieldError))
                        .map(error -> String.valueOf(error.getDefaultMessage())))
                .sorted().collect(Collectors.joining("; "));
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request content: " + violations
                + ".");
        return handleExceptionInternal(failure, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static Throwable jsonCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }
}
