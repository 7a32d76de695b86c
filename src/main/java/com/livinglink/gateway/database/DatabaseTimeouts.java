package com.livinglink.gateway.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.jdbc.PgStatement;

/**
 * How one database is told to give up on a statement after a number of milliseconds, on the server's side,
 * so that a merely slow statement is cancelled and its connection stays usable (the socket timeout that
 * {@link DeadlineConnection} sets as well ends the wait for a silent server, and with it the connection).
 * JDBC's own {@link Statement#setQueryTimeout(int)} counts whole seconds, too coarse for a 3000 ms budget.
 */
enum DatabaseTimeouts {

    /**
     * pgjdbc's millisecond query timeout: a timer sends the server a cancel request a little before the
     * socket timeout, and the statement fails with 57014 (retryable). Nothing is sent unless it fires, so a
     * slow network pays no extra round trip. The session's {@code statement_timeout} (the connection options)
     * stays in force as each statement's own ceiling.
     */
    POSTGRESQL {
        @Override
        StatementLimit newLimit() {
            return new StatementLimit() {
                @Override
                public void apply(Connection connection, Statement statement, long millis) throws SQLException {
                    statement.unwrap(PgStatement.class).setQueryTimeoutMs(Math.max(1, millis - CANCEL_AHEAD_MILLIS));
                }

                @Override
                public void reset(Connection connection) {
                    // the timeout belongs to the statement, which is closed with the connection
                }
            };
        }
    },

    /**
     * H2 runs in the process, so setting its session's {@code QUERY_TIMEOUT} and {@code LOCK_TIMEOUT} (both in
     * milliseconds, neither ending the transaction) before each statement costs no round trip. The lock
     * timeout the URL sets stays each statement's ceiling; both are restored before the connection goes back
     * to the pool.
     */
    H2 {
        @Override
        StatementLimit newLimit() {
            return new StatementLimit() {
                private long lockCeiling = -1;

                @Override
                public void apply(Connection connection, Statement statement, long millis) throws SQLException {
                    try (var settings = connection.createStatement()) {
                        if (lockCeiling < 0) {
                            try (var rows = settings.executeQuery("CALL LOCK_TIMEOUT()")) {
                                rows.next();
                                lockCeiling = rows.getLong(1);
                            }
                        }
                        settings.execute("SET QUERY_TIMEOUT " + millis);
                        settings.execute("SET LOCK_TIMEOUT " + Math.min(millis, lockCeiling));
                    }
                }

                @Override
                public void reset(Connection connection) throws SQLException {
                    if (lockCeiling >= 0) {
                        try (var settings = connection.createStatement()) {
                            settings.execute("SET QUERY_TIMEOUT 0");
                            settings.execute("SET LOCK_TIMEOUT " + lockCeiling);
                        }
                    }
                }
            };
        }
    },

    /** Any other database: the socket timeout alone. */
    OTHER {
        @Override
        StatementLimit newLimit() {
            return new StatementLimit() {
                @Override
                public void apply(Connection connection, Statement statement, long millis) {
                    // no server-side timeout known for it
                }

                @Override
                public void reset(Connection connection) {
                    // nothing was set
                }
            };
        }
    };

    /** How long before the socket gives up the server is asked to cancel, so that the answer can still arrive. */
    static final long CANCEL_AHEAD_MILLIS = 100;

    static DatabaseTimeouts forUrl(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        return OTHER;
    }

    /** The limits of one connection while one request holds it. */
    abstract StatementLimit newLimit();

    interface StatementLimit {

        /** Bounds {@code statement}, about to run on {@code connection}, to {@code millis}. */
        void apply(Connection connection, Statement statement, long millis) throws SQLException;

        /** Undoes what {@link #apply} set on the connection, before it goes back to the pool. */
        void reset(Connection connection) throws SQLException;
    }
}
