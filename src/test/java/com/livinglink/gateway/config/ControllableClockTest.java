package com.livinglink.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.livinglink.gateway.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The business clock test control moves (contract section 12). */
class ControllableClockTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant REAL_NOW = Instant.parse("2026-01-01T00:00:00Z");
    /** 9999-12-31 23:59:59 in Shanghai: the end of the supported time range there. */
    static final Instant LAST_IN_SHANGHAI = Instant.parse("9999-12-31T15:59:59Z");

    final ControllableClock clock = new ControllableClock(Clock.fixed(REAL_NOW, SHANGHAI), null);

    @Test
    void itRunsAtRealTimeInTheServiceZoneUntilTold() {
        assertThat(clock.mode()).isEqualTo(ControllableClock.Mode.REAL);
        assertThat(clock.instant()).isEqualTo(REAL_NOW);
        assertThat(clock.getZone()).isEqualTo(SHANGHAI);
    }

    @Test
    void aFixedClockAdvancesOnlyWhenTold() {
        clock.fix(Instant.parse("2020-09-01T00:00:00Z"));
        clock.advance(Duration.ofHours(1));

        assertThat(clock.mode()).isEqualTo(ControllableClock.Mode.FIXED);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2020-09-01T01:00:00Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2020-09-01T01:00:00Z").toEpochMilli());
    }

    @Test
    void aShiftedClockIsRealTimePlusItsOffset() {
        clock.shift(Duration.ofDays(-30));
        clock.advance(Duration.ofDays(1));

        assertThat(clock.mode()).isEqualTo(ControllableClock.Mode.OFFSET);
        assertThat(clock.instant()).isEqualTo(REAL_NOW.minus(Duration.ofDays(29)));
    }

    @Test
    void theRealClockCannotBeAdvanced() {
        assertThatThrownBy(() -> clock.advance(Duration.ofHours(1))).isInstanceOf(IllegalStateException.class);
        assertThat(clock.instant()).isEqualTo(REAL_NOW);
    }

    @Test
    void restoringGoesBackToTheClockOfTheStart() {
        var pinned = new ControllableClock(Clock.fixed(REAL_NOW, SHANGHAI), Instant.parse("2020-09-01T00:00:00Z"));
        pinned.shift(Duration.ofDays(3));

        pinned.restoreStart();

        assertThat(pinned.mode()).isEqualTo(ControllableClock.Mode.FIXED);
        assertThat(pinned.instant()).isEqualTo(Instant.parse("2020-09-01T00:00:00Z"));
        pinned.useRealTime();
        assertThat(pinned.instant()).isEqualTo(REAL_NOW);
    }

    @Test
    void aClockBeyondYear9999IsRefused() {
        for (var beyond : new String[] {"9999-12-31T16:00:00Z", "+10000-01-01T00:00:00Z",
                "+1000000000-12-31T23:59:59.999999999Z"}) {
            assertThatThrownBy(() -> clock.fix(Instant.parse(beyond))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("fixed " + Instant.parse(beyond) + " is outside the supported time range");
        }
        assertThat(clock.mode()).isEqualTo(ControllableClock.Mode.REAL);

        clock.fix(LAST_IN_SHANGHAI);

        assertThat(clock.instant()).isEqualTo(LAST_IN_SHANGHAI);
    }

    @Test
    void aClockBefore1970IsRefusedYearZeroAndMinusOneIncluded() {
        for (var before : new String[] {"1969-12-31T23:59:59Z", "0000-06-01T00:00:00Z", "-0001-06-01T00:00:00Z",
                "-1000000000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> clock.fix(Instant.parse(before))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fixed");
        }
        assertThat(clock.instant()).isEqualTo(REAL_NOW);

        clock.fix(Instant.EPOCH);

        assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void anOffsetThatPutsNowOutsideTheRangeOrOverflowsIsRefused() {
        for (var offset : new String[] {"PT2562047788015215H", "P106751991167300D", "-P1000000D", "P3000000D"}) {
            assertThatThrownBy(() -> clock.shift(Duration.parse(offset))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("offset " + Duration.parse(offset) + " would put the clock outside");
        }
        assertThat(clock.mode()).isEqualTo(ControllableClock.Mode.REAL);
        assertThat(clock.instant()).isEqualTo(REAL_NOW);
    }

    @Test
    void anAdvanceThatPutsNowOutsideTheRangeOrOverflowsIsRefused() {
        var fixed = Instant.parse("2020-09-01T00:00:00Z");
        clock.fix(fixed);
        for (var amount : new String[] {"PT2562047788015215H", "P106751991167300D", "P3000000D", "-P1000000D"}) {
            assertThatThrownBy(() -> clock.advance(Duration.parse(amount)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("advance");
        }
        assertThat(clock.instant()).isEqualTo(fixed);

        clock.shift(Duration.ofDays(1));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("advance");
        assertThat(clock.instant()).isEqualTo(REAL_NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aPinnedStartOutsideTheRangeStopsTheGatewayFromStarting() {
        assertThatThrownBy(() -> new ControllableClock(Clock.fixed(REAL_NOW, SHANGHAI),
                Instant.parse("-1000000000-01-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gateway.clock.fixed");
    }

    @Test
    void aShiftedClockThatRealTimeCarriesPastTheRangeStaysAtItsLastSecond() {
        var real = new MutableClock(REAL_NOW, SHANGHAI);
        var shifted = new ControllableClock(real, null);
        shifted.shift(Duration.between(REAL_NOW, LAST_IN_SHANGHAI).minusSeconds(5));

        real.advance(Duration.ofSeconds(60));

        assertThat(shifted.instant()).isEqualTo(LAST_IN_SHANGHAI);
    }
}
