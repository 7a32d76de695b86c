package com.livinglink.gateway.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.ResultCode;

import tools.jackson.databind.JsonNode;

/**
 * One fault a suite asked for: on the calls of an API (or all of them) that match, answer a code, wait, or
 * both; a number of times or until removed, with a probability.
 */
final class Fault {

    static final String EVERY_API = "*";

    private final String id;
    private final String api;
    private final FaultMatch match;
    private final ResultCode result;
    private final int delayMs;
    /** Calls it may still act on; negative: until removed. */
    private final AtomicInteger remaining;
    private final double probability;

    Fault(String id, String api, FaultMatch match, ResultCode result, int delayMs, Integer times, double probability) {
        this.id = id;
        this.api = api;
        this.match = match;
        this.result = result;
        this.delayMs = delayMs;
        this.remaining = new AtomicInteger(times == null ? -1 : times);
        this.probability = probability;
    }

    String id() {
        return id;
    }

    ResultCode result() {
        return result;
    }

    int delayMs() {
        return delayMs;
    }

    boolean appliesTo(ApiRoute<?, ?> route, JsonNode params) {
        return (api.equals(EVERY_API) || api.equals(route.id())) && (match == null || match.matches(params));
    }

    /**
     * Whether it acts on this call: the dice say so and it has a time left, which this takes. A call the dice
     * spare does not use up a time.
     */
    boolean fires() {
        if (probability < 1 && ThreadLocalRandom.current().nextDouble() >= probability) {
            return false;
        }
        return remaining.getAndUpdate(left -> left > 0 ? left - 1 : left) != 0;
    }

    boolean usedUp() {
        return remaining.get() == 0;
    }

    FaultView view() {
        return new FaultView(id, api, match, result == null ? null : result.code(), delayMs,
                remaining.get() < 0 ? null : remaining.get(), probability);
    }

    /** A fault as {@code GET /admin/test/faults} shows it; {@code times} is what is left. */
    record FaultView(String id, String api, FaultMatch match, Integer code, int delayMs, Integer times,
            double probability) {
    }

    /** Which calls a fault is for, by their params; a null field matches anything. */
    record FaultMatch(String iotId, String orderId) {

        boolean matches(JsonNode params) {
            return matches(iotId, params.get("iotId")) && matches(orderId, params.get("orderId"));
        }

        private static boolean matches(String expected, JsonNode actual) {
            return expected == null || actual != null && actual.isString() && expected.equals(actual.stringValue());
        }
    }
}
