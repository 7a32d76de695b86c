package com.livinglink.gateway.device;

import java.util.Optional;

/** The device reads that {@link org.springframework.data.jpa.repository.JpaRepository}'s methods do not cover. */
public interface DeviceQueries {

    /**
     * Loads a device and holds its row lock until the transaction ends: what changes the device's own state
     * (its free plan's quota and claims) is serialised per device. The lock wait is bounded by the connection,
     * as for orders (see application-postgres.yaml).
     */
    Optional<Device> findForUpdate(IotId iotId);
}
