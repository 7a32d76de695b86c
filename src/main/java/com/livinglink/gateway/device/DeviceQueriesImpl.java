package com.livinglink.gateway.device;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** With the entity manager rather than a query string, as the order queries are. */
class DeviceQueriesImpl implements DeviceQueries {

    private final EntityManager entityManager;

    DeviceQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Device> findForUpdate(IotId iotId) {
        return Optional.ofNullable(entityManager.find(Device.class, iotId, LockModeType.PESSIMISTIC_WRITE));
    }
}
