package com.livinglink.gateway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test that calls the gateway's services directly, without HTTP, with {@link Fixtures} to seed data and
 * a {@link MutableClock} as the gateway's clock. Test classes with the same database share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({Fixtures.class, MutableClockConfiguration.class})
public @interface ServiceTest {
}
