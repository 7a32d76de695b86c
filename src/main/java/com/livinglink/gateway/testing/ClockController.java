package com.livinglink.gateway.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

import com.livinglink.gateway.config.ControllableClock;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin/test/clock}: the business clock of this instance (status, preConsume, bind start and end,
 * free-plan expiry). The signature's 15-minute window keeps real time whatever it says.
 */
@RestController
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class ClockController {

    private static final String PATH = TestControl.PREFIX + "/clock";

    private final ControllableClock clock;

    ClockController(ControllableClock clock) {
        this.clock = clock;
    }

    @Operation(summary = "Read the business clock (test control)")
    @GetMapping(PATH)
    ClockView readClock() {
        return new ClockView(clock.instant(), clock.mode().name().toLowerCase(Locale.ROOT));
    }

    @Operation(summary = "Set the business clock of this instance (test control)", description = "Exactly one "
            + "of fixed (an instant: the clock stands still), offset (an ISO-8601 duration, negative allowed: real "
            + "time shifted) or advance (a duration: moves a fixed or offset clock forward; 409 on the real clock). "
            + "The clock stays in the supported time range (1970-01-01T00:00:00Z to the last second of 9999 in UTC and "
            + "in the service zone): a change that would put it outside is 400, naming the field.")
    @PutMapping(PATH)
    ClockView setClock(@RequestBody ClockChange change) {
        if (Stream.of(change.fixed(), change.offset(), change.advance()).filter(value -> value != null).count() != 1) {
            throw new IllegalArgumentException("Give exactly one of fixed, offset or advance.");
        }
        if (change.fixed() != null) {
            clock.fix(change.fixed());
        }
        else if (change.offset() != null) {
            clock.shift(change.offset());
        }
        else {
            clock.advance(change.advance());
        }
        return readClock();
    }

    @Operation(summary = "Put the business clock back on real time (test control)")
    @DeleteMapping(PATH)
    ClockView useRealTime() {
        clock.useRealTime();
        return readClock();
    }

    /** The clock: {@code mode} is {@code real}, {@code fixed} or {@code offset}. */
    record ClockView(Instant now, String mode) {
    }

    /**
     * @param fixed the instant the clock stands still at
     * @param offset real time shifted by this ISO-8601 duration ({@code P30D}, {@code -PT2H})
     * @param advance how far to move a fixed or offset clock forward
     */
    record ClockChange(Instant fixed, Duration offset, Duration advance) {
    }
}
