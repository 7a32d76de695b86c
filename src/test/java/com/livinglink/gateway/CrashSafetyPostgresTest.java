package com.livinglink.gateway;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.livinglink.gateway.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link CrashSafetyTest} on PostgreSQL, when {@value PostgresDatabase#URL_VARIABLE} names one. */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class CrashSafetyPostgresTest extends CrashSafetyTest {

    static final PostgresDatabase database = new PostgresDatabase();

    @Override
    List<String> databaseArguments() {
        var arguments = new ArrayList<>(database.arguments());
        arguments.add("--spring.profiles.active=postgres");
        return arguments;
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        database.drop();
    }
}
