package com.livinglink.gateway.testing;

import java.io.IOException;
import java.time.Clock;

import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.ApiExchange;
import com.livinglink.gateway.api.RawBody;
import com.livinglink.gateway.api.ApiStage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
@Order(ApiStage.JOURNAL)
class JournalStage implements ApiStage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestJournal journal;
    private final Clock realTime = Clock.systemUTC();

    JournalStage(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, ApiRoute<?, ?> route, Next next)
            throws IOException {
        var arrived = realTime.instant();
        long started = System.nanoTime();
        try {
            next.proceed();
        }
        finally {
            var exchange = ApiExchange.of(request);
            var envelope = exchange.envelope()
                    .orElseGet(() -> RawBody.ifRead(request).map(JournalStage::envelopeOf).orElse(null));
            var envelopeRequest = envelope == null ? null : envelope.get("request");
            var apiVer = envelopeRequest == null ? null : envelopeRequest.get("apiVer");
            var params = envelope == null ? null : envelope.get("params");
            journal.record(new JournalEntry(arrived, exchange.requestId(), exchange.clientId(), exchange.appKey(),
                    route.id(),
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
