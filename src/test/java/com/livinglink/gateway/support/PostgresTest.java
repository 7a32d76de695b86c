package com.livinglink.gateway.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test that needs PostgreSQL: it runs only when {@value PostgresDatabase#URL_VARIABLE} names a database
 * ({@code .ci/run} sets it), and gets a schema of its own there, dropped after the class. A Spring test's
 * context is pointed at that schema; a test that starts its own gateways takes the {@link PostgresDatabase} as
 * a parameter (of a {@code @BeforeAll} method, say) and passes on its {@link PostgresDatabase#arguments()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
@ExtendWith(PostgresSchema.class)
@ContextCustomizerFactories(PostgresSchema.class)
public @interface PostgresTest {
}
