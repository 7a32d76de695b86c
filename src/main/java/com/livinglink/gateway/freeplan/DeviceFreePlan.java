package com.livinglink.gateway.freeplan;

import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.device.Device;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;

/** A device with its free plan, as the operator API shows it (contract 11.15). */
public record DeviceFreePlan(IotId iotId, Optional<IdentityId> administrator, int remainQuota,
        List<FreeClaim> claims) {

    static DeviceFreePlan of(Device device, FreePlan plan) {
        return new DeviceFreePlan(device.iotId(), device.administrator(), plan.remainQuota(), plan.claims());
    }
}
