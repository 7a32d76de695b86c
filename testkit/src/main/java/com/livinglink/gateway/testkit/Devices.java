package com.livinglink.gateway.testkit;

import java.util.HashMap;

/** The gateway's devices, through the operator API ({@code PUT /admin/devices/{iotId}}). */
public final class Devices {

    private final ControlClient control;

    Devices(ControlClient control) {
        this.control = control;
    }

    /** Registers a device whose administrator is this identity, or changes its administrator to it. */
    public void register(String iotId, String ownerIdentityId) {
        var body = new HashMap<String, Object>();
        body.put("ownerIdentityId", ownerIdentityId);
        control.call("PUT", "/admin/devices/" + ControlClient.segment(iotId), body);
    }

    /** Registers a device without an administrator, or takes its administrator away. */
    public void registerWithoutOwner(String iotId) {
        register(iotId, null);
    }
}
