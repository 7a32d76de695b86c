package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

@GatewayTest
class ClockControlTest {

    static final Instant LAST_SECOND = Instant.parse("2020-09-25T01:59:59Z");

    @Test
    void aFixedClockStandsStillAndAdvancesWhenTold(Gateway gateway) {
        gateway.clock().fix(LAST_SECOND);

        assertThat(orderStatus(gateway)).isEqualTo(0);
        assertThat(gateway.clock().now()).isEqualTo(LAST_SECOND);

        gateway.clock().advance(Duration.ofSeconds(1));

        assertThat(orderStatus(gateway)).isEqualTo(1);
        assertThat(gateway.clock().now()).isEqualTo(LAST_SECOND.plusSeconds(1));
    }

    @Test
    void anOffsetClockRunsShifted(Gateway gateway) {
        gateway.clock().offset(Duration.ofDays(-30));

        assertThat(gateway.clock().now()).isBetween(Instant.now().minus(Duration.ofDays(30)).minusSeconds(60),
                Instant.now().minus(Duration.ofDays(30)).plusSeconds(60));
    }

    @Test
    void realTimeComesBack(Gateway gateway) {
        gateway.clock().fix(LAST_SECOND);

        gateway.clock().useRealTime();

        assertThat(gateway.clock().now()).isAfter(Instant.now().minusSeconds(60));
        assertThat(orderStatus(gateway)).isEqualTo(1);
    }

    @Test
    void realTimeCannotBeAdvancedAndTheGatewaySaysWhy(Gateway gateway) {
        assertThatThrownBy(() -> gateway.clock().advance(Duration.ofHours(1))).isInstanceOf(GatewayException.class)
                .hasMessageContaining("PUT /admin/test/clock answered 409");
    }

    @Test
    void aResetPutsTheClockBackToRealTime(Gateway gateway) {
        gateway.clock().fix(LAST_SECOND);

        gateway.reset();

        assertThat(gateway.clock().now()).isAfter(Instant.now().minusSeconds(60));
    }

    static Object orderStatus(Gateway gateway) {
        return gateway.client().call("order/get", Demo.readBoundOrder()).data("status");
    }
}
