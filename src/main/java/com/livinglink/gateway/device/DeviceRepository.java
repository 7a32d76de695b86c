package com.livinglink.gateway.device;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceRepository extends JpaRepository<Device, IotId>, DeviceQueries {
}
