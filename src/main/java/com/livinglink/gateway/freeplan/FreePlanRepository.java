package com.livinglink.gateway.freeplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface FreePlanRepository extends JpaRepository<FreePlan, String> {
}
