package com.livinglink.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The business clock test control moves (contract section 12). */
class ControllableClockTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant REAL_NOW = Instant.parse("2026-01-01T00:00:00Z");

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
}
