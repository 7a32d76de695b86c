package com.livinglink.gateway.failure;

/** The device has no administrator to act for. */
public final class DeviceHasNoAdministrator extends DomainFailure {

    public DeviceHasNoAdministrator() {
        super("the device has no administrator");
    }
}
