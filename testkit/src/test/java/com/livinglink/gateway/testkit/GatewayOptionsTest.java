package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every option at once, so that the suite starts one more gateway for them, not four. */
@GatewayTest(fixture = "two-cameras.json", clock = "2024-01-15T00:00:00Z",
        properties = "gateway.admin.token=kit-admin-token", jvmOptions = "-Dgateway.testing.journal-size=2")
class GatewayOptionsTest {

    static final Instant PINNED = Instant.parse("2024-01-15T00:00:00Z");

    @Test
    void aResetLoadsTheFixtureInsteadOfTheDemoData(Gateway gateway) {
        assertThat(gateway.orders().get("o-1").iotId()).isEqualTo("cam-1");
        assertThat(gateway.orders().get("o-2").iotId()).isNull();
        assertThatThrownBy(() -> gateway.orders().get(Demo.BOUND_ORDER)).hasMessageContaining("404");
    }

    @Test
    void thePinnedClockIsWhereEveryResetPutsIt(Gateway gateway) {
        assertThat(gateway.clock().now()).isEqualTo(PINNED);
        assertThat(gateway.client().call("order/get", Map.of("iotId", "cam-1", "orderId", "o-1")).data("status"))
                .isEqualTo(0);

        gateway.clock().fix(Instant.parse("2024-03-01T00:00:00Z"));
        gateway.reset();

        assertThat(gateway.clock().now()).isEqualTo(PINNED);
    }

    @Test
    void thePropertiesReachTheGateway(Gateway gateway) {
        assertThat(gateway.adminToken()).isEqualTo("kit-admin-token");
        assertThat(gateway.orders().get("o-1").orderId()).isEqualTo("o-1");
    }

    @Test
    void theJvmOptionsReachTheGatewaysJvm(Gateway gateway) {
        for (int i = 0; i < 3; i++) {
            gateway.client().call("order/get", Map.of("iotId", "cam-1", "orderId", "o-1"));
        }

        assertThat(gateway.journal().calls()).hasSize(2);
    }
}
