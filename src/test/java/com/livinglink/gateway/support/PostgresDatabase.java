package com.livinglink.gateway.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A fresh schema in the PostgreSQL database named by {@value #URL_VARIABLE} (user
 * {@code GATEWAY_TEST_POSTGRES_USER}, default {@code postgres}; password
 * {@code GATEWAY_TEST_POSTGRES_PASSWORD}, default empty). Each test class gets its own schema, created
 * by Flyway and dropped after the class, so runs sharing a server never see each other. A test class asks
 * for one with {@link PostgresTest}.
 * <p>
 * A gateway started by the test itself takes {@link #arguments()}, or {@link #argumentsVia(int)} to reach the
 * server through a {@link TcpProxy}.
 */
public final class PostgresDatabase {

    public static final String URL_VARIABLE = "GATEWAY_TEST_POSTGRES_URL";

    private final String schema = "gateway_test_" + UUID.randomUUID().toString().replace("-", "");

    /** The properties that point a gateway at this schema. */
    public Map<String, Object> properties() {
        return properties(url());
    }

    /** Command-line arguments that point a gateway at this schema. */
    public List<String> arguments() {
        return arguments(url());
    }

    /** As {@link #arguments()}, but through a proxy on this loopback port instead of the server's own. */
    public List<String> argumentsVia(int proxyPort) {
        return arguments(url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxyPort + "/"));
    }

    /** The server's host and port, e.g. for a proxy in front of it. */
    public static URI server() {
        var server = URI.create(baseUrl().substring("jdbc:".length()));
        return URI.create("postgresql://" + server.getHost() + ":" + port(server) + server.getPath());
    }

    private static int port(URI server) {
        return server.getPort() < 0 ? 5432 : server.getPort();
    }

    /** A connection of the test's own to this schema, straight to the server. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    private List<String> arguments(String url) {
        return properties(url).entrySet().stream().map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toList();
    }

    private Map<String, Object> properties(String url) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", password());
        properties.put("spring.flyway.schemas", schema);
        return properties;
    }

    public void drop() throws SQLException {
        try (var connection = DriverManager.getConnection(baseUrl(), user(), password());
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private String url() {
        var base = baseUrl();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String baseUrl() {
        return Objects.requireNonNull(System.getenv(URL_VARIABLE), URL_VARIABLE + " is not set");
    }

    private static String user() {
        return Objects.requireNonNullElse(System.getenv("GATEWAY_TEST_POSTGRES_USER"), "postgres");
    }

    private static String password() {
        return Objects.requireNonNullElse(System.getenv("GATEWAY_TEST_POSTGRES_PASSWORD"), "");
    }
}
