package com.livinglink.gateway.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure of the platform on demand ({@code POST /admin/test/faults}): on the calls of an API (or of every
 * API) whose params match, answer a code exactly as the API's own refusal would, or hold the call first, a
 * number of times or until removed. It acts after the signature is verified and changes nothing in the
 * database. Start with {@link #on(String)} and add:
 * {@code Fault.on("bind/order").forOrder("o-1").answering(503).once()}.
 *
 * @param api the API's id, or {@code *} for every API
 * @param iotId only calls whose {@code params.iotId} is this; null: any
 * @param orderId only calls whose {@code params.orderId} is this; null: any
 * @param code the result code to answer (any code of the contract: 503, 29602…); null: let the call run after
 *     the delay
 * @param delayMs how long to hold the call first, 0 to 2900 ms
 * @param times how many calls it acts on, then it is gone; null: until removed
 * @param probability the chance it acts on a matching call, 0 to 1
 */
public record Fault(String api, String iotId, String orderId, Integer code, int delayMs, Integer times,
        double probability) {

    /** A fault on one API, named {@code order/get} or {@code get-order}, or on every API ({@code *}). */
    public static Fault on(String api) {
        return new Fault(api.equals("*") ? "*" : Api.of(api).id(), null, null, null, 0, null, 1);
    }

    /** A fault on one API. */
    public static Fault on(Api api) {
        return on(api.id());
    }

    /** A fault on every API. */
    public static Fault onEveryApi() {
        return on("*");
    }

    /** Only on calls for this device ({@code params.iotId}). */
    public Fault forDevice(String iotId) {
        return new Fault(api, iotId, orderId, code, delayMs, times, probability);
    }

    /** Only on calls for this order ({@code params.orderId}). */
    public Fault forOrder(String orderId) {
        return new Fault(api, iotId, orderId, code, delayMs, times, probability);
    }

    /** Answers this result code, with the message and localizedMsg of the API's own refusal. */
    public Fault answering(int code) {
        return new Fault(api, iotId, orderId, code, delayMs, times, probability);
    }

    /** Holds the call this long first (at most 2900 ms, so that the answer stays within the 3000 ms budget). */
    public Fault delayedBy(Duration delay) {
        return new Fault(api, iotId, orderId, code, Math.toIntExact(delay.toMillis()), times, probability);
    }

    /** Acts on the next matching call only. */
    public Fault once() {
        return times(1);
    }

    /** Acts on the next {@code times} matching calls, then it is gone. */
    public Fault times(int times) {
        return new Fault(api, iotId, orderId, code, delayMs, times, probability);
    }

    /** Acts on a matching call with this chance (0 to 1). */
    public Fault withProbability(double probability) {
        return new Fault(api, iotId, orderId, code, delayMs, times, probability);
    }

    Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("api", api);
        if (iotId != null || orderId != null) {
            var match = new LinkedHashMap<String, Object>();
            if (iotId != null) {
                match.put("iotId", iotId);
            }
            if (orderId != null) {
                match.put("orderId", orderId);
            }
            json.put("match", match);
        }
        if (code != null) {
            json.put("code", code);
        }
        if (delayMs > 0) {
            json.put("delayMs", delayMs);
        }
        if (times != null) {
            json.put("times", times);
        }
        if (probability < 1) {
            json.put("probability", probability);
        }
        return json;
    }
}
