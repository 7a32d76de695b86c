package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Options that cannot work fail before anything is started. */
class GatewayOptionsCheckTest {

    @Test
    void aClockThatIsNoInstantIsRefused() {
        assertThatThrownBy(() -> new GatewayOptions("", "2020-09-01", List.of(), List.of()))
                .isInstanceOf(GatewayException.class).hasMessageContaining("2020-09-01T00:00:00Z");
    }

    @Test
    void aPropertyIsNameEqualsValue() {
        assertThatThrownBy(() -> new GatewayOptions("", "", List.of("gateway.testing.journal-size"), List.of()))
                .isInstanceOf(GatewayException.class).hasMessageContaining("name=value");
    }

    @Test
    void whereTheGatewayListensIsTheKitsToSay() {
        assertThatThrownBy(() -> new GatewayOptions("", "", List.of("server.port=8080"), List.of()))
                .isInstanceOf(GatewayException.class).hasMessageContaining("cannot set server.port");
    }

    @Test
    void theOperatorTokenIsTheDemosUnlessAPropertySetsAnother() {
        assertThat(new GatewayOptions("", "", List.of(), List.of()).adminToken()).isEqualTo("demo-admin-token");
        assertThat(new GatewayOptions("", "", List.of("gateway.admin.token=a", "gateway.admin.token=b"), List.of())
                .adminToken()).isEqualTo("b");
    }

    @Test
    void classesAskingTheSameShareAGateway() {
        assertThat(new GatewayOptions("f.json", "", List.of("a=1"), List.of("-Xmx1g")))
                .isEqualTo(new GatewayOptions("f.json", "", List.of("a=1"), List.of("-Xmx1g")))
                .isNotEqualTo(new GatewayOptions("f.json", "", List.of("a=2"), List.of("-Xmx1g")));
    }
}
