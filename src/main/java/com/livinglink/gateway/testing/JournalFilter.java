package com.livinglink.gateway.testing;

import java.io.IOException;
import java.time.Clock;

import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.ApiExchange;
import com.livinglink.gateway.api.RawBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journals every API call with its answer. It wraps the signature layer, as the request metrics do, so that
 * its refusals are journaled too; it exists only with test control on, so that otherwise no request passes
 * through it. The envelope is the one the API read (or, for a request refused before that, read again from
 * the body the gateway holds), and only its {@code apiVer} and {@code params} are kept: never
 * {@code request.iotToken}.
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class JournalFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestJournal journal;
    private final Clock realTime = Clock.systemUTC();

    JournalFilter(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiEndpoint.of(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var arrived = realTime.instant();
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        }
        finally {
            var exchange = ApiExchange.of(request);
            var envelope = exchange.envelope()
                    .orElseGet(() -> RawBody.ifRead(request).map(JournalFilter::envelopeOf).orElse(null));
            var envelopeRequest = envelope == null ? null : envelope.get("request");
            var apiVer = envelopeRequest == null ? null : envelopeRequest.get("apiVer");
            var params = envelope == null ? null : envelope.get("params");
            journal.record(new JournalEntry(arrived, exchange.requestId(), exchange.clientId(), exchange.appKey(),
                    ApiEndpoint.of(request).orElseThrow().id(),
                    apiVer != null && apiVer.isString() ? apiVer.stringValue() : null,
                    params != null && !params.isMissingNode() ? params : null, response.getStatus(),
                    exchange.resultCode(), (System.nanoTime() - started) / 1_000_000));
        }
    }

    private static JsonNode envelopeOf(byte[] body) {
        try {
            var root = JSON.readTree(body);
            return root != null && root.isObject() ? root : null;
        }
        catch (JacksonException unreadable) {
            return null;
        }
    }
}
