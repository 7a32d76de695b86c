package com.livinglink.gateway.signature;

import java.io.IOException;

import com.livinglink.gateway.api.AccessLog;
import com.livinglink.gateway.api.ApiExchange;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.ApiStage;
import com.livinglink.gateway.api.EnvelopeReader;
import com.livinglink.gateway.api.EnvelopeWriter;
import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.RawBody;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import com.livinglink.gateway.api.SignatureRefusalException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The platform's API-gateway layer in front of each API: method, protocol, declared body size, the app
 * signature (its headers judged before the body is read), then the body's size, arrival and Content-MD5, the
 * app's right to call this API, and its rate limit, in that order. Refusals get the same envelope as
 * the APIs' errors; the app's right to call the API is an API-level result (code 403 under HTTP 200), so
 * its refusal echoes the client's {@code id} and speaks the caller's language, read from the envelope.
 */
@Component
@Order(ApiStage.ADMISSION)
class SignatureCheck implements ApiStage {

    private final SignatureVerifier signatures;
    private final RateLimiter rateLimiter;
    private final EnvelopeWriter responses;
    private final EnvelopeReader envelopes;

    SignatureCheck(SignatureVerifier signatures, RateLimiter rateLimiter, EnvelopeWriter responses,
            EnvelopeReader envelopes) {
        this.signatures = signatures;
        this.rateLimiter = rateLimiter;
        this.responses = responses;
        this.envelopes = envelopes;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, ApiRoute<?, ?> route, Next next)
            throws IOException {
        try {
            admit(request, route);
        }
        catch (SignatureRefusalException refused) {
            closeUnlessBodyRead(request, response);
            responses.write(request, response, refused);
            return;
        }
        catch (GatewayException refused) {
            closeUnlessBodyRead(request, response);
            responses.write(request, response, refused);
            return;
        }
        catch (RawBody.BodyNotArrived stalled) {
            try {
                responses.writeBodyNotArrived(request, response);
            }
            catch (IOException gone) {
                // The client is gone or its connection timed out: there is nobody to answer.
            }
            return;
        }
        next.proceed();
    }

    /**
     * A refusal before the body was read closes the connection, so that the worker is free at once instead of
     * waiting for a body nobody needs (see {@code RequestStartValve}).
     */
    private static void closeUnlessBodyRead(HttpServletRequest request, HttpServletResponse response) {
        if (!RawBody.isRead(request)) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
    }

    private void admit(HttpServletRequest request, ApiRoute<?, ?> route) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            throw new SignatureRefusalException(SignatureRefusal.UNSUPPORTED_METHOD);
        }
        if (route.httpsOnly() && !request.isSecure()) {
            throw new SignatureRefusalException(SignatureRefusal.PLAIN_HTTP);
        }
        if (request.getContentLengthLong() > RawBody.MAX_BYTES) {
            throw new SignatureRefusalException(SignatureRefusal.BODY_TOO_LARGE);
        }
        var app = signatures.verify(request, () -> RawBody.of(request));
        var exchange = ApiExchange.of(request);
        exchange.appKey(app.key());
        MDC.put(AccessLog.MDC_APP_KEY, app.key());
        if (!app.mayCall(route)) {
            envelopes.readCaller(RawBody.of(request), exchange);
            throw new GatewayException(ResultCode.REQUEST_FORBIDDEN);
        }
        rateLimiter.acquire(app).ifPresent(wait -> {
            throw SignatureRefusalException.throttled(wait);
        });
    }
}
