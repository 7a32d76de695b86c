package com.livinglink.gateway.sharedstate;

import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.ResultCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The answer when the shared state cannot be reached: a retryable 503, never a 500. */
final class SharedStateUnavailable {

    private static final Logger log = LoggerFactory.getLogger(SharedStateUnavailable.class);

    private SharedStateUnavailable() {
    }

    static GatewayException because(String what, Exception failure) {
        log.warn("{} unavailable: {}", what, failure.toString());
        return new GatewayException(ResultCode.SERVICE_NOT_AVAILABLE);
    }
}
