package com.livinglink.gateway.api;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.livinglink.gateway.common.RequestDeadline;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves the contract's APIs from start to end, first of all filters: a request for an API's path never
 * reaches the rest of the filter chain or Spring MVC's dispatch, whose request attributes, wrappers,
 * handler mapping, argument resolvers and message converters cost more than everything the gateway itself
 * does for a request (docs/benchmarks.md). Every other request goes on down the chain.
 * <p>
 * An API request, in this order: its request id and access-log line ({@link AccessLog}), the hardening
 * headers, its budget (contract section 1: a {@link RequestDeadline} of the API's
 * {@link ApiEndpoint#budget()} less {@link #ANSWER_RESERVE}, bound to the thread for the whole request), the
 * {@link ApiStage}s of the other modules (metrics, test control's reset gate and journal, the signature layer's
 * admission) by their order, then the API ({@link ApiHandlers}); a failure anywhere is answered by
 * {@link ApiExceptionHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiEdge implements Filter {

    /**
     * Kept back from the waits for what follows the last of them: rolling back a transaction the deadline
     * interrupted (bounded by the data source's own floor), turning the failure into an envelope and writing
     * it, on a machine that may be busy. 300 ms proved too little on a loaded machine (answers at 3.1 s when
     * the database went silent).
     */
    public static final Duration ANSWER_RESERVE = Duration.ofMillis(600);

    /** The order of the filters of every other request, after the edge (and Spring's character encoding). */
    public static final int NEXT_FILTERS = Ordered.HIGHEST_PRECEDENCE + 1;

    private static final Logger log = LoggerFactory.getLogger(ApiEdge.class);

    private final ApiHandlers handlers;
    private final ApiExceptionHandler failures;
    private final ApiResponses responses;
    private final List<ApiStage> stages;

    ApiEdge(ApiHandlers handlers, ApiExceptionHandler failures, ApiResponses responses,
            ObjectProvider<ApiStage> stages) {
        this.handlers = handlers;
        this.failures = failures;
        this.responses = responses;
        this.stages = stages.orderedStream().toList();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && request instanceof HttpServletRequest http
                && response instanceof HttpServletResponse httpResponse) {
            var endpoint = ApiEndpoint.of(http);
            if (endpoint.isPresent()) {
                serve(http, httpResponse, endpoint.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, ApiEndpoint endpoint)
            throws IOException, ServletException {
        AccessLog.around(request, response, endpoint, () -> {
            HardeningHeaders.addTo(request, response);
            try (var bound = deadlineOf(endpoint).bind()) {
                stage(0, request, response, endpoint);
            }
            catch (RuntimeException failure) {
                answer(failure, request, response);
            }
        });
    }

    /** The deadline of a call of {@code endpoint} whose budget starts now. */
    static RequestDeadline deadlineOf(ApiEndpoint endpoint) {
        return RequestDeadline.in(endpoint.budget().minus(ANSWER_RESERVE));
    }

    private void stage(int index, HttpServletRequest request, HttpServletResponse response, ApiEndpoint endpoint)
            throws IOException {
        if (index == stages.size()) {
            call(request, response, endpoint);
            return;
        }
        stages.get(index).handle(request, response, endpoint, () -> stage(index + 1, request, response, endpoint));
    }

    private void call(HttpServletRequest request, HttpServletResponse response, ApiEndpoint endpoint)
            throws IOException {
        ResponseEntity<ApiResponse> answer;
        try {
            answer = handlers.call(endpoint, request);
        }
        catch (Exception failure) {
            answer = failures.answer(failure, request);
        }
        responses.write(answer, response);
    }

    /** A stage failed unexpectedly: answered like a failing API, unless an answer has begun already. */
    private void answer(RuntimeException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (response.isCommitted()) {
            log.error("failure after the answer began, requestId={}", ApiExchange.of(request).requestId(), failure);
            return;
        }
        response.resetBuffer();
        responses.write(failures.answer(failure, request), response);
    }
}
