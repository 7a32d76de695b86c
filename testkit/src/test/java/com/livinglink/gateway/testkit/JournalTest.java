package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

@GatewayTest
class JournalTest {

    @Test
    void showsTheCallsOfAnApiByEitherName(Gateway gateway) {
        var before = Instant.now().minusSeconds(1);
        var answer = gateway.client().call("order/get", Demo.readBoundOrder());
        gateway.client().call("bind/order", Demo.bindUnboundOrder());

        assertThat(gateway.journal().calls("order/get")).isEqualTo(gateway.journal().calls("get-order"))
                .singleElement().satisfies(call -> {
                    assertThat(call.api()).isEqualTo("get-order");
                    assertThat(call.appKey()).isEqualTo("demo");
                    assertThat(call.param("iotId")).isEqualTo(Demo.DEVICE);
                    assertThat(call.param("orderId")).isEqualTo(Demo.BOUND_ORDER);
                    assertThat(call.code()).isEqualTo(200);
                    assertThat(call.httpStatus()).isEqualTo(200);
                    assertThat(call.requestId()).isEqualTo(answer.requestId());
                    assertThat(call.clientId()).isEqualTo(answer.id());
                    assertThat(call.time()).isAfter(before);
                });
        assertThat(gateway.journal().calls()).extracting(JournalEntry::api).containsExactly("bind-order", "get-order");
        assertThat(gateway.journal().calls("bind/order").get(0).param("preRecordDuration")).isEqualTo(5);
    }

    @Test
    void showsCallsTheSignatureLayerRefused(Gateway gateway) {
        gateway.client("demo", "wrong").call("order/get", Demo.readBoundOrder());

        assertThat(gateway.journal().calls("order/get")).singleElement().satisfies(call -> {
            assertThat(call.httpStatus()).isEqualTo(400);
            assertThat(call.code()).isEqualTo(400);
        });
    }

    @Test
    void isEmptiedOnDemandAndBeforeEachTest(Gateway gateway) {
        assertThat(gateway.journal().calls()).isEmpty();
        gateway.client().call("order/get", Demo.readBoundOrder());

        gateway.journal().clear();

        assertThat(gateway.journal().calls()).isEmpty();
    }
}
