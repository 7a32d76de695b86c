package com.livinglink.gateway.envelope;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Builds every response envelope the API sends, successful or not. */
@Component
public class ApiResponses {

    public static final MediaType CONTENT_TYPE = MediaType.parseMediaType("application/json;charset=UTF-8");
    public static final String ERROR_CODE_HEADER = "X-Ca-Error-Code";
    public static final String ERROR_MESSAGE_HEADER = "X-Ca-Error-Message";

    private final ApiMessages messages;

    public ApiResponses(ApiMessages messages) {
        this.messages = messages;
    }

    public ResponseEntity<ApiResponse> ok(HttpServletRequest request, Object data) {
        var exchange = ApiExchange.of(request);
        exchange.resultCode(ResultCode.SUCCESS.code());
        return ResponseEntity.ok().contentType(CONTENT_TYPE)
                .body(new ApiResponse(exchange.responseId(), ResultCode.SUCCESS.code(), null, null, data));
    }

    public ResponseEntity<ApiResponse> error(HttpServletRequest request, ResultCode result, List<Detail> details) {
        return error(request, HttpStatus.OK, result, details);
    }

    /** An API-level error under a non-200 HTTP status, for failures outside any API (unknown path). */
    public ResponseEntity<ApiResponse> error(HttpServletRequest request, HttpStatus status, ResultCode result,
            List<Detail> details) {
        var exchange = ApiExchange.of(request);
        exchange.resultCode(result.code());
        var locale = messages.localeFor(exchange.language(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        var body = new ApiResponse(exchange.responseId(), result.code(), messages.english(result, details),
                messages.localized(result, details, locale), null);
        return ResponseEntity.status(status).contentType(CONTENT_TYPE).body(body);
    }

    public ResponseEntity<ApiResponse> error(HttpServletRequest request, TransportError error) {
        return error(request, new TransportException(error));
    }

    public ResponseEntity<ApiResponse> error(HttpServletRequest request, TransportException failure) {
        var error = failure.error();
        var exchange = ApiExchange.of(request);
        exchange.resultCode(error.status().value());
        var locale = messages.localeFor(exchange.language(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        var body = new ApiResponse(exchange.responseId(), error.status().value(), failure.errorMessage(),
                messages.localized(error, locale), null);
        var response = ResponseEntity.status(error.status()).contentType(CONTENT_TYPE)
                .header(ERROR_CODE_HEADER, error.errorCode())
                .header(ERROR_MESSAGE_HEADER, headerSafe(failure.errorMessage()));
        if (error == TransportError.UNSUPPORTED_METHOD) {
            response.header(HttpHeaders.ALLOW, HttpMethod.POST.name());
        }
        if (failure.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ceilSeconds(failure))));
        }
        return response.body(body);
    }

    private static long ceilSeconds(TransportException failure) {
        var retryAfter = failure.retryAfter();
        return retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    }

    /** Header values are ISO-8859-1 on the wire; anything else (or a line break) would corrupt them. */
    private static String headerSafe(String text) {
        var safe = new StringBuilder(text.length());
        text.chars().forEach(c -> safe.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return safe.toString();
    }
}
