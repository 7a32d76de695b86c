package com.livinglink.gateway.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * How one database is told to give up on a statement after a number of milliseconds on its own side, beyond
 * the socket timeout that {@link DeadlineConnection} sets for every database. JDBC's own
 * {@link Statement#setQueryTimeout(int)} counts whole seconds, too coarse for a 3000 ms budget.
 */
enum DatabaseTimeouts {

    /**
     * H2 runs in the process, so setting its session's query and lock timeouts (both in milliseconds, neither
     * ending the transaction) before each statement costs no round trip. The lock timeout the URL sets stays
     * each statement's ceiling; both are restored before the connection goes back to the pool.
     * <p>
     * An embedded session is set directly ({@link SessionLocal}): the same as {@code SET QUERY_TIMEOUT n} and
     * {@code SET LOCK_TIMEOUT n}, without H2 parsing five statements of SQL around every query (each with
     * another number, so none is ever reused from its statement cache, and they pushed the queries out of it):
     * H2's SQL parser had 7 % of an order/get's CPU samples. A session in an H2 server ({@code jdbc:h2:tcp:})
     * gets the SQL.
     */
    H2 {
        @Override
        StatementLimit newLimit() {
            return new StatementLimit() {
                private long lockCeiling = -1;

                @Override
                public void apply(Connection connection, Statement statement, long millis) throws SQLException {
                    if (embedded(connection) instanceof SessionLocal session) {
                        if (lockCeiling < 0) {
                            lockCeiling = session.getLockTimeout();
                        }
                        session.setQueryTimeout((int) millis);
                        session.setLockTimeout((int) Math.min(millis, lockCeiling));
                        return;
                    }
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
                    if (lockCeiling < 0) {
                        return;
                    }
                    if (embedded(connection) instanceof SessionLocal session) {
                        session.setQueryTimeout(0);
                        session.setLockTimeout((int) lockCeiling);
                        return;
                    }
                    try (var settings = connection.createStatement()) {
                        settings.execute("SET QUERY_TIMEOUT 0");
                        settings.execute("SET LOCK_TIMEOUT " + lockCeiling);
                    }
                }
            };
        }
    },

    /**
     * PostgreSQL and any other server: the socket timeout alone, which costs no round trip. Asking the server
     * to cancel (pgjdbc's millisecond query timeout) was tried and dropped: the statement's thread waits for
     * the cancel request to complete, over a new connection to a server that is slow, past the deadline.
     * Setting {@code statement_timeout} per statement would cost a round trip each. So a statement the
     * budget cuts short leaves its connection to be discarded, and the server ends it within its own
     * {@code statement_timeout} (800 ms, the connection options), the ceiling of every statement.
     */
    SOCKET_ONLY {
        @Override
        StatementLimit newLimit() {
            return new StatementLimit() {
                @Override
                public void apply(Connection connection, Statement statement, long millis) {
                    // the socket timeout is set for every database
                }

                @Override
                public void reset(Connection connection) {
                    // nothing was set
                }
            };
        }
    };

    /** The H2 session behind a connection, or null for another driver. */
    private static Session embedded(Connection connection) throws SQLException {
        return connection.isWrapperFor(JdbcConnection.class) ? connection.unwrap(JdbcConnection.class).getSession()
                : null;
    }

    static DatabaseTimeouts forUrl(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:") ? H2 : SOCKET_ONLY;
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
