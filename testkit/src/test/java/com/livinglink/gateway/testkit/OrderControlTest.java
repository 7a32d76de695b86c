package com.livinglink.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@GatewayTest
class OrderControlTest {

    @BeforeEach
    void insideTheBoundOrdersPeriod(Gateway gateway) {
        gateway.clock().fix(Instant.parse("2020-09-01T00:00:00Z"));
    }

    @Test
    void aFrozenOrderReadsAsStatusTwo(Gateway gateway) {
        var order = gateway.orders().change(Demo.BOUND_ORDER, OrderChange.frozen(true));

        assertThat(order.frozen()).isTrue();
        assertThat(order.status()).isEqualTo(2);
        assertThat(gateway.client().call("order/get", Demo.readBoundOrder()).data("status")).isEqualTo(2);
    }

    @Test
    void anUnpaidOrderReadsAsStatusThree(Gateway gateway) {
        var order = gateway.orders().change(Demo.BOUND_ORDER, OrderChange.paymentStatus(0));

        assertThat(order.paymentStatus()).isZero();
        assertThat(gateway.client().call("order/get", Demo.readBoundOrder()).data("status")).isEqualTo(3);
    }

    @Test
    void aBoundOrdersPeriodCanBeMoved(Gateway gateway) {
        var end = Instant.parse("2020-08-31T00:00:00Z");

        var order = gateway.orders().change(Demo.BOUND_ORDER,
                OrderChange.period(Instant.parse("2020-08-01T00:00:00Z"), end).withFrozen(false));

        assertThat(order.endTime()).isEqualTo(end);
        assertThat(order.status()).isEqualTo(1);
    }

    @Test
    void importedOrdersAreBoundThroughTheRealApi(Gateway gateway) {
        gateway.devices().register("cam-1", "user-42");

        var result = gateway.orders().importOrders(NewOrder.paid("o-1", "eventResource_7"),
                NewOrder.paid(Demo.UNBOUND_ORDER, "eventResource_7"));

        assertThat(result).isEqualTo(new ImportResult(1, 1, java.util.List.of()));
        var bind = gateway.client().call("bind/order", Map.of("iotId", "cam-1", "orderId", "o-1", "userName", "Ann",
                "userId", "u-1", "preRecordDuration", 5, "recordDuration", 10));
        assertThat(bind.code()).isEqualTo(200);
        var order = gateway.orders().get("o-1");
        assertThat(order.iotId()).isEqualTo("cam-1");
        assertThat(order.identityId()).isEqualTo("user-42");
        assertThat(order.startTime()).isEqualTo(Instant.parse("2020-09-01T00:00:00Z"));
    }

    @Test
    void anInvalidImportEntryIsReportedNotImported(Gateway gateway) {
        var result = gateway.orders().importOrders(new NewOrder("o-2", "ilopLVCloudResource", "no-such-plan", 1, null,
                null, 1, null, null));

        assertThat(result.created()).isZero();
        assertThat(result.errors()).singleElement().asString().startsWith("#0 o-2: ");
    }

    @Test
    void aDeviceWithoutAnAdministratorCannotBeBound(Gateway gateway) {
        gateway.devices().registerWithoutOwner(Demo.OTHER_DEVICE);

        assertThat(gateway.client().call("bind/order", Demo.bindUnboundOrder()).code()).isEqualTo(29605);
    }

    @Test
    void anUnknownOrderIsAGatewayExceptionNamingTheRefusal(Gateway gateway) {
        assertThatThrownBy(() -> gateway.orders().get("no-such-order")).isInstanceOf(GatewayException.class)
                .hasMessageContaining("GET /admin/orders/no-such-order answered 404")
                .hasMessageContaining("No order no-such-order.");
    }
}
