package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

@GatewayTest
class FaultControlTest {

    @Test
    void aFaultOnceFailsTheNextCallAndLetsTheRetryThrough(Gateway gateway) {
        gateway.faults().add(Fault.on("order/get").forOrder(Demo.BOUND_ORDER).answering(503).once());

        var first = gateway.client().call("order/get", Demo.readBoundOrder());
        var retry = gateway.client().call("order/get", Demo.readBoundOrder());

        assertThat(first.code()).isEqualTo(503);
        assertThat(first.message()).isEqualTo("service not available.");
        assertThat(retry.code()).isEqualTo(200);
    }

    @Test
    void aFaultMatchesOnlyItsDevice(Gateway gateway) {
        gateway.faults().add(Fault.on(Api.BIND_ORDER).forDevice("another-device").answering(29602));

        assertThat(gateway.client().call("bind/order", Demo.bindUnboundOrder()).code()).isEqualTo(200);
    }

    @Test
    void aRemovedFaultActsNoMore(Gateway gateway) {
        var id = gateway.faults().add(Fault.onEveryApi().answering(503));

        gateway.faults().remove(id);

        assertThat(gateway.client().call("order/get", Demo.readBoundOrder()).code()).isEqualTo(200);
    }

    @Test
    void clearedFaultsActNoMore(Gateway gateway) {
        gateway.faults().add(Fault.on("get-order").answering(503).times(5));
        gateway.faults().add(Fault.on("bind/order").delayedBy(Duration.ofMillis(10)).withProbability(0.5));

        gateway.faults().clear();

        assertThat(gateway.client().call("order/get", Demo.readBoundOrder()).code()).isEqualTo(200);
    }

    @Test
    void aResetRemovesTheFaults(Gateway gateway) {
        gateway.faults().add(Fault.on("order/get").answering(503));

        gateway.reset();

        assertThat(gateway.client().call("order/get", Demo.readBoundOrder()).code()).isEqualTo(200);
    }
}
