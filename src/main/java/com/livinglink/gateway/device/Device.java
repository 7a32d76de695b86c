package com.livinglink.gateway.device;

import java.util.Optional;

import com.livinglink.gateway.envelope.GatewayException;
import com.livinglink.gateway.envelope.ResultCode;
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

    /**
     * The administrator on whose behalf an order is bound to this device: the device must have one
     * (29605), and a caller with a user identity must be that administrator (460 {@code auth failed}).
     */
    public IdentityId administratorActingFor(Optional<IdentityId> caller) {
        var administrator = administrator()
                .orElseThrow(() -> new GatewayException(ResultCode.DEVICE_HAS_NO_ADMINISTRATOR));
        if (caller.isPresent() && !caller.get().equals(administrator)) {
            throw new GatewayException(ResultCode.AUTH_FAILED);
        }
        return administrator;
    }
}
