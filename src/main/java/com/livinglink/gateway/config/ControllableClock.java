package com.livinglink.gateway.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import com.livinglink.gateway.common.SupportedInstants;
import com.livinglink.gateway.common.SupportedInstants.UnsupportedInstant;

/**
 * The gateway's business clock: real time unless it is pinned ({@code gateway.clock.fixed}) or, when test
 * control is on, set, shifted or advanced at run time (contract section 12). Each change swaps one immutable
 * state, so concurrent readers always see a whole state, never half of one.
 * <p>
 * It never leaves the {@link SupportedInstants supported range} of its zone: a change that would put it outside
 * is refused, naming what was asked ({@code fixed}, {@code offset}, {@code advance}), and a shifted clock that
 * real time carries to the end of the range stays at its last second.
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
    private final SupportedInstants range;
    private final State initial;
    private final AtomicReference<State> state;

    ControllableClock(ZoneId zone, Instant fixedAtStart) {
        this(Clock.system(zone), fixedAtStart);
    }

    /** @throws UnsupportedInstant when {@code fixedAtStart} is outside the supported range */
    ControllableClock(Clock real, Instant fixedAtStart) {
        this.zone = real.getZone();
        this.real = real;
        this.range = SupportedInstants.in(zone);
        this.initial = fixedAtStart == null ? State.REAL
                : new State(Mode.FIXED, range.check("gateway.clock.fixed", fixedAtStart), Duration.ZERO);
        this.state = new AtomicReference<>(initial);
    }

    /**
     * Stops the clock at {@code now}.
     *
     * @throws UnsupportedInstant when {@code now} is outside the supported range
     */
    public void fix(Instant now) {
        state.set(new State(Mode.FIXED, range.check("fixed", now), Duration.ZERO));
    }

    /**
     * Runs the clock at real time shifted by {@code offset} (negative: in the past).
     *
     * @throws UnsupportedInstant when that puts the clock outside the supported range
     */
    public void shift(Duration offset) {
        moved("offset", offset, real.instant(), offset);
        state.set(new State(Mode.OFFSET, null, offset));
    }

    /**
     * Moves a fixed or shifted clock forward by {@code amount}.
     *
     * @throws IllegalStateException when the clock runs at real time, which cannot be moved
     * @throws UnsupportedInstant when that puts the clock outside the supported range
     */
    public void advance(Duration amount) {
        state.updateAndGet(current -> switch (current.mode) {
            case FIXED -> new State(Mode.FIXED, moved("advance", amount, current.fixed, amount), Duration.ZERO);
            case OFFSET -> {
                var offset = sum("advance", amount, current.offset);
                moved("advance", amount, real.instant(), offset);
                yield new State(Mode.OFFSET, null, offset);
            }
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
            case OFFSET -> {
                var shifted = real.instant().plus(current.offset);
                yield shifted.isAfter(range.last()) ? range.last() : shifted;
            }
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

    /** {@code from + by}, where the clock would then stand, if that is in the range. */
    private Instant moved(String field, Duration given, Instant from, Duration by) {
        return range.plus(from, by).orElseThrow(() -> outside(field, given));
    }

    private Duration sum(String field, Duration given, Duration offset) {
        try {
            return offset.plus(given);
        }
        catch (ArithmeticException overflow) {
            throw outside(field, given);
        }
    }

    private UnsupportedInstant outside(String field, Duration given) {
        return new UnsupportedInstant(field + " " + given + " would put the clock outside " + range);
    }

    private record State(Mode mode, Instant fixed, Duration offset) {
        static final State REAL = new State(Mode.REAL, null, Duration.ZERO);
    }
}
