package com.livinglink.gateway.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.livinglink.gateway.common.RequestDeadline;

/**
 * A pooled connection held by one request: before each statement runs and before the commit, it sets the
 * socket timeout ({@link Connection#setNetworkTimeout}), and where the database allows it without a round
 * trip the statement's own timeout ({@link DatabaseTimeouts}), to what is left of the request's budget, and
 * refuses to start either once nothing is left. So a database that is slow
 * on every statement fails the request with a retryable {@link SQLTimeoutException} (503) by its deadline,
 * however many statements it runs. A rollback and the return to the pool, which must happen even past the
 * deadline, get at least {@link #ROLLBACK_FLOOR_MILLIS}, out of the answer's reserve.
 * <p>
 * A socket timeout bounds each read, not the statement: a server or network that sends its answer in pieces,
 * each within the timeout, would hold the statement past the deadline. So on a database across the network
 * a watchdog also aborts the connection ({@link Connection#abort}) if a statement or commit is still running
 * at the deadline; the connection is then discarded, as after a socket timeout.
 */
final class DeadlineConnection implements InvocationHandler {

    static final int ROLLBACK_FLOOR_MILLIS = 100;
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Executor DIRECT = Runnable::run;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "request-deadline-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Connection target;
    private final RequestDeadline deadline;
    private final DatabaseTimeouts.StatementLimit limit;
    /** H2 runs in the process and ends its own statements; aborting would close its session. */
    private final boolean watched;
    private Connection self;

    private DeadlineConnection(Connection target, RequestDeadline deadline, DatabaseTimeouts timeouts) {
        this.target = target;
        this.deadline = deadline;
        this.limit = timeouts.newLimit();
        this.watched = timeouts != DatabaseTimeouts.H2;
    }

    static Connection wrap(Connection target, RequestDeadline deadline, DatabaseTimeouts timeouts) throws SQLException {
        var handler = new DeadlineConnection(target, deadline, timeouts);
        try {
            target.setNetworkTimeout(DIRECT, handler.timeLeft());
        }
        catch (SQLException | RuntimeException spent) {
            target.close();
            throw spent;
        }
        handler.self = (Connection) Proxy.newProxyInstance(DeadlineConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        return handler.self;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "commit" -> {
                int left = timeLeft();
                target.setNetworkTimeout(DIRECT, left);
                return watched(target, method, args, left);
            }
            case "rollback" -> target.setNetworkTimeout(DIRECT, atLeastFloor());
            case "close" -> {
                try {
                    if (!target.isClosed()) {
                        target.setNetworkTimeout(DIRECT, atLeastFloor());
                        limit.reset(target);
                    }
                }
                finally {
                    target.close();
                }
                return null;
            }
            default -> {
                // only statements need more
            }
        }
        var result = call(target, method, args);
        return result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())
                ? statementProxy(statement, method.getReturnType()) : result;
    }

    private Object statementProxy(Statement statement, Class<?> type) {
        var interfaces = type == CallableStatement.class ? new Class<?>[] {CallableStatement.class}
                : type == PreparedStatement.class ? new Class<?>[] {PreparedStatement.class}
                        : new Class<?>[] {Statement.class};
        return Proxy.newProxyInstance(DeadlineConnection.class.getClassLoader(), interfaces, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "getConnection" -> {
                    return self;
                }
                default -> {
                    if (EXECUTES.contains(method.getName())) {
                        int left = timeLeft();
                        target.setNetworkTimeout(DIRECT, left);
                        limit.apply(target, statement, left);
                        return watched(statement, method, args, left);
                    }
                    return call(statement, method, args);
                }
            }
        });
    }

    private Object watched(Object on, Method method, Object[] args, int left) throws Throwable {
        if (!watched) {
            return call(on, method, args);
        }
        var abort = WATCHDOG.schedule(this::abort, left, TimeUnit.MILLISECONDS);
        try {
            return call(on, method, args);
        }
        finally {
            abort.cancel(false);
        }
    }

    private void abort() {
        try {
            target.abort(DIRECT);
        }
        catch (SQLException | RuntimeException closedAlready) {
            // the statement ended, or the connection with it, while the watchdog fired: nothing left to stop
        }
    }

    /** What is left of the budget, in milliseconds; a wait that cannot have any is not begun. */
    private int timeLeft() throws SQLTimeoutException {
        long left = deadline.remaining().toMillis();
        if (left <= 0) {
            throw new SQLTimeoutException("the request's budget is spent");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private int atLeastFloor() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(ROLLBACK_FLOOR_MILLIS, deadline.remaining().toMillis()));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
