package com.livinglink.gateway.testing;

import java.time.Instant;
import java.util.List;

import com.livinglink.gateway.order.ImportedOrder;

/**
 * A fixture file ({@code gateway.testing.fixture}, contract section 12): devices, orders as the operator
 * import takes them, and bindings of those orders.
 */
record Fixture(List<FixtureDevice> devices, List<ImportedOrder> orders, List<FixtureBinding> bindings) {

    Fixture {
        devices = devices == null ? List.of() : devices;
        orders = orders == null ? List.of() : orders;
        bindings = bindings == null ? List.of() : bindings;
    }

    record FixtureDevice(String iotId, String ownerIdentityId) {
    }

    record FixtureBinding(String orderId, String iotId, String identityId, String userName, String userId,
            Instant startTime, Instant endTime) {
    }
}
