package com.livinglink.gateway.freeplan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.livinglink.gateway.support.HttpApiTest;
import com.livinglink.gateway.support.MutableClockConfiguration;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of the free-plan APIs over real HTTP, with a movable clock, iotTokens and the operator API: one
 * context shared by every class that carries it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HttpApiTest
@Import({MutableClockConfiguration.class, FreePlanCalls.class})
@TestPropertySource(properties = {"gateway.admin.token=" + FreePlanCalls.ADMIN_TOKEN,
        "gateway.identity.hs256-secret=free-plan-test-secret-0123456789abcdef"})
@interface FreePlanApiTest {
}
