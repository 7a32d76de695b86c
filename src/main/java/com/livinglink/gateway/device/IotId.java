package com.livinglink.gateway.device;

import com.livinglink.gateway.common.Identifiers;

/** A device's id, issued by the platform. */
public record IotId(String value) {

    public IotId {
        Identifiers.requireValid(value, "iotId");
    }

    @Override
    public String toString() {
        return value;
    }
}
