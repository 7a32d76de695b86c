package com.livinglink.gateway.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every answer carries (contract section 2), whoever writes it: the API (through the
 * {@link ApiEdge}), the operator API, actuator and error pages (through this filter) and the refusals Tomcat
 * makes before any filter runs (through {@link EnvelopeErrorReportValve}). No answer is to be sniffed as anything but its declared type,
 * and a client that reached the gateway over HTTPS is told to keep to it.
 */
@Component
@Order(ApiEdge.NEXT_FILTERS)
public class HardeningHeaders extends OncePerRequestFilter {

    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
    /** One year: the gateway's HTTPS port is not expected to go away. Subdomains are the operator's choice. */
    static final String HSTS_POLICY = "max-age=31536000";

    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CONTENT_TYPE_OPTIONS, "nosniff");
        if (request.isSecure()) {
            response.setHeader(STRICT_TRANSPORT_SECURITY, HSTS_POLICY);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        addTo(request, response);
        chain.doFilter(request, response);
    }
}
