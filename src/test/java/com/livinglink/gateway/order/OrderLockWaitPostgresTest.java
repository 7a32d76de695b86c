package com.livinglink.gateway.order;

import java.sql.SQLException;

import com.livinglink.gateway.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrderLockWaitTest} on PostgreSQL, when {@value PostgresDatabase#URL_VARIABLE} names one, with the
 * production profile, whose connection options bound the wait.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
@ActiveProfiles("postgres")
class OrderLockWaitPostgresTest extends OrderLockWaitTest {

    static final PostgresDatabase database = new PostgresDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database.register(registry);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        database.drop();
    }
}
