package com.livinglink.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** H2's per-statement limits: what a request has left bounds each statement, and nothing outlives the request. */
class DatabaseTimeoutsTest {

    static final int URL_LOCK_TIMEOUT = 800;

    Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:timeouts-" + UUID.randomUUID() + ";LOCK_TIMEOUT="
                + URL_LOCK_TIMEOUT, "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aStatementIsCancelledWhenWhatIsLeftOfTheBudgetRunsOut() throws SQLException {
        var limit = DatabaseTimeouts.H2.newLimit();
        try (var statement = connection.createStatement()) {
            limit.apply(connection, statement, 50);

            assertThatThrownBy(() -> statement.executeQuery(
                    "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) a, SYSTEM_RANGE(1, 100000) b WHERE a.X + b.X = 0"))
                    .isInstanceOf(SQLTimeoutException.class);
        }
    }

    @Test
    void theLockWaitIsTheSmallerOfWhatIsLeftAndTheUrlsCeiling() throws SQLException {
        var limit = DatabaseTimeouts.H2.newLimit();
        try (var statement = connection.createStatement()) {
            limit.apply(connection, statement, 300);
            assertThat(lockTimeout()).isEqualTo(300);

            limit.apply(connection, statement, 2500);
            assertThat(lockTimeout()).isEqualTo(URL_LOCK_TIMEOUT);
        }
    }

    @Test
    void resetRestoresTheConnectionsOwnSettingsBeforeItGoesBackToThePool() throws SQLException {
        var limit = DatabaseTimeouts.H2.newLimit();
        try (var statement = connection.createStatement()) {
            limit.apply(connection, statement, 1);
        }

        limit.reset(connection);

        assertThat(lockTimeout()).isEqualTo(URL_LOCK_TIMEOUT);
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM SYSTEM_RANGE(1, 200000)")) {
            assertThat(rows.next()).isTrue();
        }
    }

    private long lockTimeout() throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("CALL LOCK_TIMEOUT()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
