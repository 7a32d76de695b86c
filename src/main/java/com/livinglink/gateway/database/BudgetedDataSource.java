package com.livinglink.gateway.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import com.livinglink.gateway.common.RequestDeadline;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The Hikari pool, which during a request hands out connections that keep to its deadline: the wait for a
 * pooled connection is the smaller of {@code connection-timeout} and what is left (less
 * {@code validation-timeout}, which checking an idle connection may add), and the connection then bounds
 * every statement and commit by what is left ({@link DeadlineConnection}). Outside a request (start, the
 * operator API, health checks) it is the plain pool with its configured bounds.
 */
public class BudgetedDataSource extends HikariDataSource {

    private volatile DatabaseTimeouts timeouts;

    @Override
    public Connection getConnection() throws SQLException {
        var deadline = RequestDeadline.current();
        if (deadline.isEmpty()) {
            return super.getConnection();
        }
        return DeadlineConnection.wrap(borrow(deadline.get()), deadline.get(), timeouts());
    }

    private Connection borrow(RequestDeadline deadline) throws SQLException {
        long wait = Math.min(getConnectionTimeout(), deadline.remaining().toMillis() - getValidationTimeout());
        if (wait <= 0) {
            throw new SQLTransientConnectionException("the request's budget leaves no time to wait for a connection");
        }
        // Null only until the pool has started, on the very first connection: that one waits its configured bound.
        if (getHikariPoolMXBean() instanceof HikariPool pool) {
            return pool.getConnection(wait);
        }
        return super.getConnection();
    }

    private DatabaseTimeouts timeouts() {
        var known = timeouts;
        if (known == null) {
            known = DatabaseTimeouts.forUrl(getJdbcUrl());
            timeouts = known;
        }
        return known;
    }
}
