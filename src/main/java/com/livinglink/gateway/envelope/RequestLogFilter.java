package com.livinglink.gateway.envelope;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its server request id ({@code X-Ca-Request-Id}, also in the logging context) and
 * writes one access-log line that ties it to the client's {@code id} and the result code.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID_HEADER = "X-Ca-Request-Id";
    private static final Logger log = LoggerFactory.getLogger("gateway.access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var exchange = ApiExchange.of(request);
        long started = System.nanoTime();
        response.setHeader(REQUEST_ID_HEADER, exchange.requestId());
        MDC.put("requestId", exchange.requestId());
        try {
            chain.doFilter(request, response);
        }
        finally {
            if (log.isInfoEnabled()) {
                log.info("{} {} status={} code={} requestId={} clientId={} appKey={} tookMs={}", request.getMethod(),
                        request.getRequestURI(), response.getStatus(), exchange.resultCode(), exchange.requestId(),
                        exchange.clientId(), exchange.appKey(), (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove("requestId");
        }
    }
}
