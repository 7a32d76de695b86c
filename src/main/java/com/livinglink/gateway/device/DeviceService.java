package com.livinglink.gateway.device;

import com.livinglink.gateway.identity.IdentityId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintains the registered devices and their administrators (operator API). */
@Service
public class DeviceService {

    private final DeviceRepository devices;

    public DeviceService(DeviceRepository devices) {
        this.devices = devices;
    }

    /** Registers the device, or changes its administrator if it is registered already. */
    @Transactional
    public Registration register(IotId iotId, IdentityId administrator) {
        var existing = devices.findById(iotId);
        if (existing.isPresent()) {
            existing.get().assignAdministrator(administrator);
            return new Registration(existing.get().iotId(), administrator, false);
        }
        devices.save(new Device(iotId, administrator));
        return new Registration(iotId, administrator, true);
    }

    public record Registration(IotId iotId, IdentityId administrator, boolean created) {
    }
}
