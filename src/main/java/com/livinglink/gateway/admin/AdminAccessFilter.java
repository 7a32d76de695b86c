package com.livinglink.gateway.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.ObjectMapper;

/**
 * Lets only operators with the configured bearer token into {@code /admin} and the actuator endpoints
 * other than health (metrics, Prometheus, …); without a configured token they do not exist (404). Health
 * stays open for load balancers and orchestrators, and shows no details.
 * <p>
 * The path judged is the servlet path: the container has decoded and normalised it and dropped
 * {@code ;parameters}, so no spelling of a protected path ({@code /admin;x/…}, {@code /x/../admin/…})
 * slips past as another one.
 */
@Component
class AdminAccessFilter extends OncePerRequestFilter {

    static final String PREFIX = "/admin/";
    static final String ACTUATOR = "/actuator";
    static final String HEALTH = "/actuator/health";
    private static final String BEARER = "Bearer ";

    private final AdminProperties properties;
    private final ObjectMapper json;

    AdminAccessFilter(AdminProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !protects(path);
    }

    static boolean protects(String path) {
        if (path.startsWith(PREFIX)) {
            return true;
        }
        boolean actuator = path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/");
        boolean health = path.equals(HEALTH) || path.startsWith(HEALTH + "/");
        return actuator && !health;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!properties.enabled()) {
            reject(response, HttpStatus.NOT_FOUND, "Operator endpoints are off: gateway.admin.token is not set.");
            return;
        }
        if (!presentsToken(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            reject(response, HttpStatus.UNAUTHORIZED, "A valid operator bearer token is required.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean presentsToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        var presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, properties.token().getBytes(StandardCharsets.UTF_8));
    }

    private void reject(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
