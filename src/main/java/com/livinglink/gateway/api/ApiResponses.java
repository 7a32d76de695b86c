package com.livinglink.gateway.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * The one writer of the API's envelopes, successful or not, with their headers. Handlers return its
 * {@link ResponseEntity}s and the {@link ApiEdge} writes them; Spring MVC writes those of the paths that are
 * no API (the error controller, an unknown path), and Tomcat's error valve has the same envelope written
 * straight to the servlet response.
 */
@Component
public class ApiResponses {

    public static final MediaType CONTENT_TYPE = MediaType.parseMediaType("application/json;charset=UTF-8");
    public static final String ERROR_CODE_HEADER = "X-Ca-Error-Code";
    public static final String ERROR_MESSAGE_HEADER = "X-Ca-Error-Message";

    /**
     * The 5xx statuses the container gives to a client's own protocol errors: a transfer coding or method it
     * does not implement (501), an HTTP version it does not speak (505). They keep their status but are the
     * client's error (code 400): code 500 means only an unexpected fault of the gateway (contract section 2).
     */
    private static final Set<Integer> CLIENT_PROTOCOL_ERRORS = Set.of(501, 505);

    private final ApiMessages messages;
    private final ObjectMapper json;

    public ApiResponses(ApiMessages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
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
    public ResponseEntity<ApiResponse> error(HttpServletRequest request, HttpStatusCode status, ResultCode result,
            List<Detail> details) {
        return error(request, status, result, details, callersLocale(request));
    }

    private ResponseEntity<ApiResponse> error(HttpServletRequest request, HttpStatusCode status, ResultCode result,
            List<Detail> details, Locale locale) {
        var exchange = ApiExchange.of(request);
        exchange.resultCode(result.code());
        var body = new ApiResponse(exchange.responseId(), result.code(), messages.english(result, details),
                messages.localized(result, details, locale), null);
        return ResponseEntity.status(status).contentType(CONTENT_TYPE).body(body);
    }

    public ResponseEntity<ApiResponse> error(HttpServletRequest request, TransportError error) {
        return error(request, new TransportException(error));
    }

    /**
     * A refusal of the transport layer, which answers before it reads the envelope, as the platform's API gateway
     * does: with the server's request id and the language of {@code Accept-Language}, even when the refusal comes
     * after the envelope was read (test control's 429), so that it is exactly the real one.
     */
    public ResponseEntity<ApiResponse> error(HttpServletRequest request, TransportException failure) {
        var error = failure.error();
        var exchange = ApiExchange.of(request);
        exchange.resultCode(error.status().value());
        var locale = messages.localeFor(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        var body = new ApiResponse(exchange.requestId(), error.status().value(), failure.errorMessage(),
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

    /** Writes a refusal from a servlet filter. */
    public void write(HttpServletRequest request, HttpServletResponse response, TransportException failure)
            throws IOException {
        write(error(request, failure), response);
    }

    /** Writes a refusal from a servlet filter. */
    public void write(HttpServletRequest request, HttpServletResponse response, GatewayException failure)
            throws IOException {
        write(error(request, failure.result(), failure.details()), response);
    }

    /**
     * Writes the answer to a request whose body did not arrive in time: the transport's 408 with code 400
     * (the client's error), and the connection closed, as what is left of the body is not waited for.
     */
    public void writeBodyNotArrived(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        write(error(request, HttpStatus.REQUEST_TIMEOUT, ResultCode.REQUEST_ERROR, List.of()), response);
    }

    /**
     * Writes the answer to a request the servlet container refused before any filter saw it, under the status
     * the container chose. Its headers cannot be trusted, so the messages are in the default language, and
     * the request id and hardening headers are set here, as the request never reached {@link ApiEdge},
     * {@link RequestLogFilter} or {@link HardeningHeaders}.
     */
    public void writeContainerRefusal(HttpServletRequest request, HttpServletResponse response, ResultCode result)
            throws IOException {
        response.setHeader(AccessLog.REQUEST_ID_HEADER, ApiExchange.of(request).requestId());
        HardeningHeaders.addTo(request, response);
        write(error(request, HttpStatusCode.valueOf(response.getStatus()), result, List.of(), ApiMessages.ZH_CN),
                response);
    }

    /** Writes an answer built here: by the {@link ApiEdge}, by a servlet filter or by Tomcat's error valve. */
    void write(ResponseEntity<ApiResponse> entity, HttpServletResponse response) throws IOException {
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        // Neither closed nor its length declared, either of which would let Tomcat finish the answer before the
        // edge's outer stages (metrics, the journal, the access log) have recorded it: Tomcat declares the
        // length itself when the request ends.
        response.getOutputStream().write(json.writeValueAsBytes(entity.getBody()));
    }

    public static boolean isClientProtocolError(int status) {
        return CLIENT_PROTOCOL_ERRORS.contains(status);
    }

    private Locale callersLocale(HttpServletRequest request) {
        return messages.localeFor(ApiExchange.of(request).language(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
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
