package com.livinglink.gateway.testkit;

import java.util.Map;

/** The demo profile's data (the gateway's docs/api.md, "The demo profile"). */
final class Demo {

    /** Administrator {@code 123}; {@link #BOUND_ORDER} is bound to it. */
    static final String DEVICE = "QIuozfUcxRX6frOTO4dK****";
    /** Bound to {@link #DEVICE} from 2020-08-25T02:00:00Z to 2020-09-25T02:00:00Z. */
    static final String BOUND_ORDER = "20200731124115****";
    /** Administrator {@code demo-identity-1}. */
    static final String OTHER_DEVICE = "QIuozfUcxRX6frOTO4dKz2****";
    /** Paid, unbound. */
    static final String UNBOUND_ORDER = "202210131******040001";

    private Demo() {
    }

    static Map<String, Object> readBoundOrder() {
        return Map.of("iotId", DEVICE, "orderId", BOUND_ORDER);
    }

    static Map<String, Object> bindUnboundOrder() {
        return Map.of("iotId", OTHER_DEVICE, "orderId", UNBOUND_ORDER, "userName", "Ann", "userId", "u-1",
                "preRecordDuration", 5, "recordDuration", 10);
    }
}
