package com.livinglink.gateway.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.livinglink.gateway.common.SupportedInstants.UnsupportedInstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The supported time range (contract 11.2.7): every instant in it prints with a four-digit year in both of the
 * APIs' formats, in the service zone, and the range is no wider than that.
 */
class SupportedInstantsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void inShanghaiTheRangeEndsAtTheLastSecondOf9999There() {
        var range = SupportedInstants.in(SHANGHAI);

        assertThat(range.first()).isEqualTo(Instant.parse("1970-01-01T00:00:00Z"));
        assertThat(range.last()).isEqualTo(Instant.parse("9999-12-31T15:59:59Z"));
        assertThat(LOCAL.withZone(SHANGHAI).format(range.last())).isEqualTo("9999-12-31 23:59:59");
    }

    @Test
    void inAZoneBehindUtcTheRangeEndsAtTheLastSecondOf9999InUtc() {
        var range = SupportedInstants.in(ZoneId.of("America/Los_Angeles"));

        assertThat(range.last()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Shanghai", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago",
            "Asia/Kathmandu", "Europe/Berlin"})
    void bothEndsPrintFourDigitYearsInBothFormatsAndTheSecondAfterTheLastDoesNot(String zoneId) {
        var zone = ZoneId.of(zoneId);
        var range = SupportedInstants.in(zone);

        for (var instant : new Instant[] {range.first(), range.last()}) {
            assertThat(LOCAL.withZone(zone).format(instant)).matches("[0-9]{4}-.*");
            assertThat(UTC.format(instant)).matches("[0-9]{4}-.*");
        }
        var after = range.last().plusSeconds(1);
        assertThat(LOCAL.withZone(zone).format(after) + " " + UTC.format(after)).contains("10000-");
    }

    @Test
    void bothEndsAreInsideAndTheirNeighboursOutside() {
        var range = SupportedInstants.in(SHANGHAI);

        assertThat(range.contains(range.first())).isTrue();
        assertThat(range.contains(range.last())).isTrue();
        assertThat(range.contains(range.first().minusNanos(1))).isFalse();
        assertThat(range.contains(range.last().plusNanos(1))).isFalse();
        assertThat(range.contains(Instant.MIN)).isFalse();
        assertThat(range.contains(Instant.MAX)).isFalse();
    }

    @Test
    void anInstantOutsideIsRefusedNamingItsFieldAndTheRange() {
        var range = SupportedInstants.in(SHANGHAI);

        assertThatThrownBy(() -> range.check("endTime", Instant.parse("+999999999-01-01T00:00:00Z")))
                .isInstanceOf(UnsupportedInstant.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endTime +999999999-01-01T00:00:00Z is outside the supported time range, "
                        + "1970-01-01T00:00:00Z to 9999-12-31T15:59:59Z");
        assertThat(range.check("startTime", range.last())).isEqualTo(range.last());
    }

    @Test
    void aSumBeyondTheRangeOrBeyondWhatAnInstantHoldsIsEmpty() {
        var range = SupportedInstants.in(SHANGHAI);
        var now = Instant.parse("2024-01-01T00:00:00Z");

        assertThat(range.plus(now, Duration.ofDays(1))).contains(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(range.plus(now, Duration.ofDays(-1_000_000))).isEmpty();
        assertThat(range.plus(now, Duration.ofHours(2_562_047_788_015_215L))).isEmpty();
        assertThat(range.plus(now, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))).isEmpty();
    }
}
