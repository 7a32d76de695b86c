package com.livinglink.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand. It can also tick on every read, so that concurrent callers each see
 * a later instant than the caller before them and a test can tell from a stored time who read it.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<State> state;

    public MutableClock(Instant start, ZoneId zone) {
        this.zone = zone;
        this.state = new AtomicReference<>(new State(start, Duration.ZERO));
    }

    /** Stops the clock at {@code now}. */
    public void set(Instant now) {
        state.set(new State(now, Duration.ZERO));
    }

    public void advance(Duration amount) {
        state.updateAndGet(current -> new State(current.now.plus(amount), current.tick));
    }

    /** Makes every read return the current instant and then move the clock on by {@code tick}. */
    public void tickEachRead(Duration tick) {
        state.updateAndGet(current -> new State(current.now, tick));
    }

    @Override
    public Instant instant() {
        return state.getAndUpdate(current -> new State(current.now.plus(current.tick), current.tick)).now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("the gateway has one service zone");
    }

    private record State(Instant now, Duration tick) {
    }
}
