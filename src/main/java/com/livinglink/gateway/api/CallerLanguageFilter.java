package com.livinglink.gateway.api;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code getLocale()} and {@code getLocales()} from the gateway's own tolerant reading of
 * {@code Accept-Language} ({@link ApiMessages#localeFor}), for everything after it (Spring's request
 * context, actuator, error pages). Tomcat's own parser throws for a header with more than its limit of
 * entries, and that exception would turn any request, signed or not, into a server error.
 */
@Component
@Order(ApiEdge.NEXT_FILTERS)
class CallerLanguageFilter extends OncePerRequestFilter {

    private final ApiMessages messages;

    CallerLanguageFilter(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var acceptLanguage = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (acceptLanguage == null) {
            // Nothing for Tomcat's parser to fail on: its default locale stays, as without this filter.
            chain.doFilter(request, response);
            return;
        }
        var locale = messages.localeFor(null, acceptLanguage);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Locale getLocale() {
                return locale;
            }

            @Override
            public Enumeration<Locale> getLocales() {
                return Collections.enumeration(List.of(locale));
            }
        }, response);
    }
}
