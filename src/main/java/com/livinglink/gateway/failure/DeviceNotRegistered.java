package com.livinglink.gateway.failure;

/** No device is registered under the iotId. */
public final class DeviceNotRegistered extends DomainFailure {

    public DeviceNotRegistered() {
        super("the device is not registered");
    }
}
