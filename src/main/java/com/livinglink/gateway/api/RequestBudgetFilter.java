package com.livinglink.gateway.api;

import java.io.IOException;
import java.time.Duration;

import com.livinglink.gateway.common.RequestDeadline;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts the request's budget as it arrives (contract section 1): a {@link RequestDeadline} of its API's
 * {@link ApiEndpoint#budget()}, less {@link #ANSWER_RESERVE}, bound to the handling thread for the whole
 * request, so that every later wait takes at most what is left of it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBudgetFilter extends OncePerRequestFilter {

    /**
     * Kept back from the waits for what follows the last of them: rolling back a transaction the deadline
     * interrupted (bounded by the data source's own floor), turning the failure into an envelope and writing
     * it, on a machine that may be busy. 300 ms proved too little on a loaded machine (answers at 3.1 s when
     * the database went silent).
     */
    public static final Duration ANSWER_RESERVE = Duration.ofMillis(600);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiEndpoint.of(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var endpoint = ApiEndpoint.of(request).orElseThrow();
        var deadline = RequestDeadline.in(endpoint.budget().minus(ANSWER_RESERVE));
        request.setAttribute(RequestDeadline.ATTRIBUTE, deadline);
        try (var bound = deadline.bind()) {
            chain.doFilter(request, response);
        }
    }
}
