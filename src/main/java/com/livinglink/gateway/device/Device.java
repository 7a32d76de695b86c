package com.livinglink.gateway.device;

import java.util.Optional;

import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IdentityIdConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JavaType;

/** A registered camera and, when it has one, its administrator. */
@Entity
@Table(name = "device")
public class Device {

    @Id
    @Column(name = "iot_id")
    @JavaType(IotIdJavaType.class)
    private IotId iotId;

    @Column(name = "owner_identity_id")
    @Convert(converter = IdentityIdConverter.class)
    private IdentityId administrator;

    @Version
    private Long version;

    protected Device() {
    }

    public Device(IotId iotId, IdentityId administrator) {
        this.iotId = iotId;
        assignAdministrator(administrator);
    }

    public IotId iotId() {
        return iotId;
    }

    public Optional<IdentityId> administrator() {
        return Optional.ofNullable(administrator);
    }

    public void assignAdministrator(IdentityId administrator) {
        this.administrator = administrator;
    }

    /** What {@code caller} may do on this device: see {@link DeviceAccess}. */
    public DeviceAccess accessFor(Optional<IdentityId> caller) {
        return new DeviceAccess(caller, administrator());
    }
}
