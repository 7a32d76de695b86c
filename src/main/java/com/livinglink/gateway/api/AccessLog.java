package com.livinglink.gateway.api;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives a request its server request id ({@code X-Ca-Request-Id}) and writes one access-log line that ties it
 * to the client's {@code id} and the result code: for the API's requests in the {@link ApiEdge}, for every
 * other one in {@link RequestLogFilter}.
 * <p>
 * The logging context (MDC) carries {@code requestId} and, on API paths, {@code api} for every line logged
 * while the request is handled; the signature layer adds {@code appKey} once it knows the app, and the
 * access-log line also carries {@code code}. Structured (JSON) logs show them as fields.
 */
public final class AccessLog {

    public static final String REQUEST_ID_HEADER = "X-Ca-Request-Id";
    public static final String MDC_REQUEST_ID = "requestId";
    public static final String MDC_API = "api";
    public static final String MDC_APP_KEY = "appKey";
    public static final String MDC_CODE = "code";
    private static final Logger log = LoggerFactory.getLogger("gateway.access");

    private AccessLog() {
    }

    /** What is logged: the request's handling, by a filter or by the edge. */
    @FunctionalInterface
    interface Handling {
        void run() throws IOException, ServletException;
    }

    /** Runs the handling of a request, {@code api} being null off the API's paths, and logs its line. */
    static void around(HttpServletRequest request, HttpServletResponse response, ApiRoute<?, ?> api,
            Handling handling) throws IOException, ServletException {
        var exchange = ApiExchange.of(request);
        long started = System.nanoTime();
        response.setHeader(REQUEST_ID_HEADER, exchange.requestId());
        MDC.put(MDC_REQUEST_ID, exchange.requestId());
        if (api != null) {
            MDC.put(MDC_API, api.id());
        }
        try {
            handling.run();
        }
        finally {
            if (log.isInfoEnabled()) {
                if (exchange.resultCode() != null) {
                    MDC.put(MDC_CODE, exchange.resultCode().toString());
                }
                log.info("{} {} status={} code={} requestId={} clientId={} appKey={} tookMs={}", request.getMethod(),
                        request.getRequestURI(), response.getStatus(), exchange.resultCode(), exchange.requestId(),
                        exchange.clientId(), exchange.appKey(), (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(MDC_REQUEST_ID);
            MDC.remove(MDC_API);
            MDC.remove(MDC_APP_KEY);
            MDC.remove(MDC_CODE);
        }
    }
}
