package com.livinglink.gateway.failure;

import java.time.Instant;

/**
 * A plan's service window would end after the last instant the gateway supports (contract 11.2.7: a four-digit
 * year in every answer), so the purchase, claim, bind, enable or transfer that computed it is refused and
 * nothing is written.
 */
public final class WindowBeyondSupportedRange extends DomainFailure {

    /** What carries the window past the range. */
    public enum Cause {

        /** The order's copies: even from now, its months would end after the range. */
        COPIES,

        /** The months of a free claim, its quota: even from now, they would end after the range. */
        QUOTA,

        /** The device's queue: the plan would start where the device's plans end, too late to end in the range. */
        QUEUE
    }

    private final Cause cause;
    private final Instant lastSupported;

    public WindowBeyondSupportedRange(Cause cause, Instant lastSupported) {
        super("the plan's window would end after " + lastSupported + " (" + cause + ")");
        this.cause = cause;
        this.lastSupported = lastSupported;
    }

    public Cause cause() {
        return cause;
    }

    /** The last instant of the supported range. */
    public Instant lastSupported() {
        return lastSupported;
    }
}
