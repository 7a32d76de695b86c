package com.livinglink.gateway.freeplan;

import com.livinglink.gateway.device.IotId;

import org.springframework.data.jpa.repository.JpaRepository;

interface FreePlanRepository extends JpaRepository<FreePlan, IotId> {
}
