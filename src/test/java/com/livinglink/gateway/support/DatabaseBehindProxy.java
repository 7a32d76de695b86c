package com.livinglink.gateway.support;

import java.util.List;

/**
 * The schema of a {@link PostgresTest} as a gateway reaches it through a {@link TcpProxy}, so that a test can
 * take the database away ({@link TcpProxy#cut()}), freeze it ({@link TcpProxy#blackhole()}), slow it down
 * ({@link TcpProxy#delay}) and bring it back ({@link TcpProxy#restore()}) while the gateway runs.
 */
public final class DatabaseBehindProxy implements AutoCloseable {

    private final TcpProxy proxy;
    private final List<String> arguments;

    public DatabaseBehindProxy(PostgresDatabase schema) {
        var server = PostgresDatabase.server();
        this.proxy = new TcpProxy(server.getHost(), server.getPort());
        this.arguments = schema.argumentsVia(proxy.port());
    }

    /** Command-line arguments that point a gateway at the schema through the proxy. */
    public List<String> arguments() {
        return arguments;
    }

    /** What the gateway's connections go through: the test's switch for an outage. */
    public TcpProxy proxy() {
        return proxy;
    }

    @Override
    public void close() {
        proxy.close();
    }
}
