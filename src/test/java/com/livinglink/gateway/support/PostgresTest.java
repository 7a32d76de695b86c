package com.livinglink.gateway.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test that needs PostgreSQL: it runs only when {@value PostgresDatabase#URL_VARIABLE} names a database
 * ({@code .ci/run} sets it), and gets a schema of its own there, dropped after the class. A Spring test's
 * context is pointed at that schema; a test that starts its own gateways takes the {@link PostgresDatabase} as
 * a parameter (of a {@code @BeforeAll} method, say) and passes on its {@link PostgresDatabase#arguments()}.
 * The Spring context is closed after the class, as its schema is dropped then: a cached context would keep
 * its pool's connections to a schema that is gone, and a dozen such pools exhaust the server's connections.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
@ExtendWith(PostgresSchema.class)
@ContextCustomizerFactories(PostgresSchema.class)
@DirtiesContext
public @interface PostgresTest {
}
