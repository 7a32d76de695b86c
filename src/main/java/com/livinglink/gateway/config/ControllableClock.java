package com.livinglink.gateway.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's business clock: real time unless it is pinned ({@code gateway.clock.fixed}) or, when test
 * control is on, set, shifted or advanced at run time (contract section 12). Each change swaps one immutable
 * state, so concurrent readers always see a whole state, never half of one.
 * <p>
 * Business time only: the signature's timestamp window and the nonce store keep real time.
 */
public final class ControllableClock extends Clock {

    /** How the clock runs now. */
    public enum Mode {
        REAL, FIXED, OFFSET
    }

    private final ZoneId zone;
    private final Clock real;
    private final State initial;
    private final AtomicReference<State> state;

    ControllableClock(ZoneId zone, Instant fixedAtStart) {
        this(Clock.system(zone), fixedAtStart);
    }

    ControllableClock(Clock real, Instant fixedAtStart) {
        this.zone = real.getZone();
        this.real = real;
        this.initial = fixedAtStart == null ? State.REAL : new State(Mode.FIXED, fixedAtStart, Duration.ZERO);
        this.state = new AtomicReference<>(initial);
    }

    /** Stops the clock at {@code now}. */
    public void fix(Instant now) {
        state.set(new State(Mode.FIXED, now, Duration.ZERO));
    }

    /** Runs the clock at real time shifted by {@code offset} (negative: in the past). */
    public void shift(Duration offset) {
        state.set(new State(Mode.OFFSET, null, offset));
    }

    /**
     * Moves a fixed or shifted clock forward by {@code amount}.
     *
     * @throws IllegalStateException when the clock runs at real time, which cannot be moved
     */
    public void advance(Duration amount) {
        state.updateAndGet(current -> switch (current.mode) {
            case FIXED -> new State(Mode.FIXED, current.fixed.plus(amount), Duration.ZERO);
            case OFFSET -> new State(Mode.OFFSET, null, current.offset.plus(amount));
            case REAL -> throw new IllegalStateException("The clock runs at real time: fix or shift it first.");
        });
    }

    /** Back to real time. */
    public void useRealTime() {
        state.set(State.REAL);
    }

    /** Back to how the gateway started: real time, or pinned by {@code gateway.clock.fixed}. */
    public void restoreStart() {
        state.set(initial);
    }

    public Mode mode() {
        return state.get().mode;
    }

    @Override
    public Instant instant() {
        var current = state.get();
        return switch (current.mode) {
            case REAL -> real.instant();
            case FIXED -> current.fixed;
            case OFFSET -> real.instant().plus(current.offset);
        };
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("the gateway has one service zone");
    }

    private record State(Mode mode, Instant fixed, Duration offset) {
        static final State REAL = new State(Mode.REAL, null, Duration.ZERO);
    }
}
