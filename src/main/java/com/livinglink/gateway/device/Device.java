package com.livinglink.gateway.device;

import java.util.Optional;

import com.livinglink.gateway.identity.IdentityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A registered camera and, when it has one, its administrator. */
@Entity
@Table(name = "device")
public class Device {

    @Id
    @Column(name = "iot_id")
    private String iotId;

    @Column(name = "owner_identity_id")
    private String ownerIdentityId;

    @Version
    private Long version;

    protected Device() {
    }

    public Device(IotId iotId, IdentityId administrator) {
        this.iotId = iotId.value();
        assignAdministrator(administrator);
    }

    public IotId iotId() {
        return new IotId(iotId);
    }

    public Optional<IdentityId> administrator() {
        return Optional.ofNullable(ownerIdentityId).map(IdentityId::new);
    }

    public void assignAdministrator(IdentityId administrator) {
        this.ownerIdentityId = administrator == null ? null : administrator.value();
    }

    /** What {@code caller} may do on this device: see {@link DeviceAccess}. */
    public DeviceAccess accessFor(Optional<IdentityId> caller) {
        return new DeviceAccess(caller, administrator());
    }
}
