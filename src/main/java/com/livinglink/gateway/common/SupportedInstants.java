package com.livinglink.gateway.common;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The instants the gateway stores, derives and prints (contract 11.2.7), from {@link #first()} to {@link #last()},
 * both included: from 1970-01-01T00:00:00Z to the last second of the year 9999 in UTC or in the service zone,
 * whichever comes first. So both ways the APIs write a time, {@code yyyy-MM-dd HH:mm:ss} in the service zone and
 * {@code yyyy-MM-dd'T'HH:mm:ss'Z'}, always have a four-digit year. In Asia/Shanghai (UTC+8) the range ends at
 * 9999-12-31T15:59:59Z, which is 9999-12-31 23:59:59 there; in a zone behind UTC it ends at
 * 9999-12-31T23:59:59Z.
 * <p>
 * Where an instant enters from outside (the test clock, an order's period set by test control, a fixture), one
 * outside the range is refused naming its field ({@link #check}); where the domain computes one (a plan's
 * window), it refuses the change with a domain failure of its own.
 *
 * @param first the earliest supported instant
 * @param last the latest supported instant, a whole second
 */
public record SupportedInstants(Instant first, Instant last) {

    /** The start of the range in every zone. */
    public static final Instant FIRST = Instant.EPOCH;

    private static final LocalDate FIVE_DIGIT_YEARS = LocalDate.of(10_000, 1, 1);

    /** The range for a service zone. */
    public static SupportedInstants in(ZoneId serviceZone) {
        var lastInUtc = FIVE_DIGIT_YEARS.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        // The first instant whose local time is in the year 10000, less a second: the zone's rules (even a gap
        // at that midnight) are the zone's own.
        var lastInZone = FIVE_DIGIT_YEARS.atStartOfDay(serviceZone).toInstant().minusSeconds(1);
        return new SupportedInstants(FIRST, lastInZone.isBefore(lastInUtc) ? lastInZone : lastInUtc);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(first) && !instant.isAfter(last);
    }

    /**
     * {@code instant + amount}, if that is in the range; empty when it is not, including when the sum is beyond
     * what an {@link Instant} can hold.
     */
    public Optional<Instant> plus(Instant instant, Duration amount) {
        try {
            return Optional.of(instant.plus(amount)).filter(this::contains);
        }
        catch (DateTimeException | ArithmeticException beyondInstant) {
            return Optional.empty();
        }
    }

    /**
     * The instant given for {@code field}, if it is in the range.
     *
     * @throws UnsupportedInstant naming the field, the instant and the range, when it is not
     */
    public Instant check(String field, Instant instant) {
        if (!contains(instant)) {
            throw new UnsupportedInstant(field + " " + instant + " is outside " + this);
        }
        return instant;
    }

    /** The range as the refusals name it. */
    @Override
    public String toString() {
        return "the supported time range, " + first + " to " + last;
    }

    /** An instant from outside that the gateway cannot represent: the caller's mistake, a 400 where it entered. */
    public static final class UnsupportedInstant extends IllegalArgumentException {

        public UnsupportedInstant(String problem) {
            super(problem);
        }
    }
}
