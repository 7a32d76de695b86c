package com.livinglink.gateway.order;

import java.sql.SQLException;

import com.livinglink.gateway.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link OrderBindConcurrencyTest} on PostgreSQL, when {@value PostgresDatabase#URL_VARIABLE} names one. */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class OrderBindConcurrencyPostgresTest extends OrderBindConcurrencyTest {

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
