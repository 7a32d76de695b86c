package com.livinglink.gateway.common;

import java.time.Duration;
import java.util.Optional;

/**
 * The moment by which the request being handled on this thread must be done waiting (contract section 1: the
 * budget is the request's, not each wait's). The API edge starts it when the request arrives and binds it to
 * the handling thread; every wait on a dependency (a pooled connection, a statement, a Redis command, a JWKS
 * fetch, the request body) takes at most {@link #remaining()}, and none is begun once it has {@link #expired()}.
 * <p>
 * A thread-local, because the waits happen deep in JDBC drivers and client libraries that never see the
 * servlet request; work done outside a request (start, the operator API, health checks) has no deadline, and
 * each wait then keeps only its own configured bound.
 */
public final class RequestDeadline {

    private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;

    private RequestDeadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A deadline {@code budget} from now. */
    public static RequestDeadline in(Duration budget) {
        return new RequestDeadline(System.nanoTime() + budget.toNanos());
    }

    /** The deadline of the request handled on this thread, if any. */
    public static Optional<RequestDeadline> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The longest a wait with its own configured bound may take now: that bound, or what is left of the
     * current request's budget if that is less (zero once it is spent).
     */
    public static Duration bound(Duration configured) {
        var deadline = CURRENT.get();
        if (deadline == null) {
            return configured;
        }
        var left = deadline.remaining();
        return left.compareTo(configured) < 0 ? left : configured;
    }

    /** Makes this the current thread's deadline until the returned binding is closed. */
    public Binding bind() {
        var previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            }
            else {
                CURRENT.set(previous);
            }
        };
    }

    /** What is left, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    public boolean expired() {
        return deadlineNanos - System.nanoTime() <= 0;
    }

    /** Ends a {@link #bind()}; closing it cannot fail. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
