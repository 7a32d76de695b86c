package com.livinglink.gateway.testkit;

import java.util.Arrays;
import java.util.List;

/**
 * The gateway's orders: imported and read through the operator API, put in any state through test control
 * ({@code PATCH /admin/test/orders/{orderId}}), so that order/get can answer every status and payment status.
 */
public final class Orders {

    private final ControlClient control;

    Orders(ControlClient control) {
        this.control = control;
    }

    /** Imports these orders; an existing orderId is skipped, never overwritten. */
    public ImportResult importOrders(List<NewOrder> orders) {
        return ImportResult.from(control.call("POST", "/admin/orders", orders.stream().map(NewOrder::json).toList()));
    }

    /** Imports these orders; an existing orderId is skipped, never overwritten. */
    public ImportResult importOrders(NewOrder... orders) {
        return importOrders(Arrays.asList(orders));
    }

    /** The order as the operator API shows it; a {@link GatewayException} (404) when there is none. */
    public OrderView get(String orderId) {
        return OrderView.from(control.call("GET", "/admin/orders/" + ControlClient.segment(orderId), null));
    }

    /** Applies the change and answers the order as it then is. */
    public OrderView change(String orderId, OrderChange change) {
        return OrderView.from(control.call("PATCH", "/admin/test/orders/" + ControlClient.segment(orderId), change.json()));
    }
}
