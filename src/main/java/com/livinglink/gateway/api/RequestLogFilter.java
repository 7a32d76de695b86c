package com.livinglink.gateway.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** The {@link AccessLog} of every request that is not the API's (the {@link ApiEdge} logs those). */
@Component
@Order(ApiEdge.NEXT_FILTERS)
class RequestLogFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AccessLog.around(request, response, null, () -> chain.doFilter(request, response));
    }
}
