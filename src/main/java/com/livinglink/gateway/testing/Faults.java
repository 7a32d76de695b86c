package com.livinglink.gateway.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.livinglink.gateway.api.ApiCallGuard;
import com.livinglink.gateway.api.ApiEndpoint;
import com.livinglink.gateway.api.GatewayException;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.TransportException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The faults of this instance, and the guard that applies them to every API call once its signature is
 * verified and its envelope read (so that the answer is in the caller's language and echoes its id), before
 * the API runs: the oldest matching fault that fires acts, alone, so that delays never add up. A delay stands
 * for a slow way to the platform: it is spent before the call's budget starts, so a call it lets through has
 * its whole budget. A fault's refusal is the same {@link GatewayException} the API's own would be, answered
 * by the same handler, so message and localizedMsg are the real ones; 429 is the rate limit's refusal (HTTP
 * 429, {@code I429FC}, the server's id), as the platform throttles before it reads the envelope. Nothing is
 * written to the database.
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class Faults implements ApiCallGuard {

    /**
     * The longest delay (contract section 12): the platform answers within 3000 ms, so a longer wait is no slow
     * way to it but a dead one, which a client's own timeout tests better.
     */
    static final int MAX_DELAY_MS = 2900;

    private static final Duration THROTTLED_RETRY_AFTER = Duration.ofSeconds(1);

    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    Fault add(FaultRequest request) {
        var api = request.api().trim();
        if (!api.equals(Fault.EVERY_API) && Arrays.stream(ApiEndpoint.values()).noneMatch(e -> e.id().equals(api))) {
            throw new IllegalArgumentException("api must be \"*\" or one of " + Arrays.stream(ApiEndpoint.values())
                    .map(ApiEndpoint::id).toList() + ", not \"" + api + "\".");
        }
        int delayMs = request.delayMs() == null ? 0 : request.delayMs();
        if (delayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException("delayMs must be at most " + MAX_DELAY_MS + ".");
        }
        var result = request.code() == null ? null : resultOf(request.code());
        if (result == null && delayMs == 0) {
            throw new IllegalArgumentException("A fault needs a code, a delayMs above 0, or both.");
        }
        var fault = new Fault(UUID.randomUUID().toString(), api, request.match(), result, delayMs, request.times(),
                request.probability() == null ? 1 : request.probability());
        faults.add(fault);
        return fault;
    }

    /** 460 is the parameter error; every other code names one result. */
    private static ResultCode resultOf(int code) {
        if (code == ResultCode.SUCCESS.code()) {
            throw new IllegalArgumentException("code 200 is not a failure: leave code out for a delay alone.");
        }
        return Arrays.stream(ResultCode.values()).filter(result -> result.code() == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("code " + code + " is not a code of the contract: "
                        + Arrays.stream(ResultCode.values()).map(ResultCode::code).distinct().toList() + "."));
    }

    List<Fault> all() {
        return List.copyOf(faults);
    }

    boolean remove(String id) {
        return faults.removeIf(fault -> fault.id().equals(id));
    }

    void clear() {
        faults.clear();
    }

    @Override
    public boolean beforeCall(ApiEndpoint endpoint, JsonNode params) {
        if (faults.isEmpty()) {
            return false;
        }
        var acting = firing(endpoint, params);
        if (acting.isEmpty()) {
            return false;
        }
        var fault = acting.get();
        if (fault.usedUp()) {
            faults.remove(fault);
        }
        if (fault.delayMs() > 0) {
            pause(fault.delayMs());
        }
        if (fault.result() == ResultCode.TOO_MANY_REQUESTS) {
            // The platform throttles in its gateway layer: HTTP 429 with I429FC and Retry-After, as the rate limit.
            throw TransportException.throttled(THROTTLED_RETRY_AFTER);
        }
        if (fault.result() != null) {
            throw new GatewayException(fault.result());
        }
        return fault.delayMs() > 0;
    }

    private Optional<Fault> firing(ApiEndpoint endpoint, JsonNode params) {
        for (var fault : faults) {
            if (fault.appliesTo(endpoint, params) && fault.fires()) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
