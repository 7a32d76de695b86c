package com.livinglink.gateway.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The gateway's business clock ({@code /admin/test/clock}): what an order's status, preConsume, a bind's start
 * and end and a free plan's expiry are judged by. The signature's 15-minute window keeps real time whatever it
 * says, so a client signs as it always does. A reset puts it back to how the gateway started (real time, or
 * the instant {@link GatewayTest#clock()} pinned).
 */
public final class GatewayClock {

    private static final String PATH = "/admin/test/clock";

    private final ControlClient control;

    GatewayClock(ControlClient control) {
        this.control = control;
    }

    /** The gateway's business time now. */
    public Instant now() {
        return Json.instant(Json.object(control.call("GET", PATH, null)), "now");
    }

    /** Stops the clock at this instant. */
    public void fix(Instant instant) {
        control.call("PUT", PATH, Map.of("fixed", instant));
    }

    /** Runs the clock at real time shifted by this much (negative: in the past). */
    public void offset(Duration offset) {
        control.call("PUT", PATH, Map.of("offset", offset));
    }

    /** Moves a fixed or shifted clock forward; the gateway refuses (409) to move real time. */
    public void advance(Duration duration) {
        control.call("PUT", PATH, Map.of("advance", duration));
    }

    /** Back to real time. */
    public void useRealTime() {
        control.call("DELETE", PATH, null);
    }
}
