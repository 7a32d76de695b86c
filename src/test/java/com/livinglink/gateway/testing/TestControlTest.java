package com.livinglink.gateway.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.livinglink.gateway.support.HttpApiTest;

import org.springframework.test.context.ActiveProfiles;

/**
 * A test of test control over real HTTP, on the demo profile (test control on, the demo apps, the demo data
 * loaded by a reset); one context shared by the classes that use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HttpApiTest
@ActiveProfiles("demo")
@interface TestControlTest {
}
