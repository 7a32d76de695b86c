package com.livinglink.gateway.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of every table of the gateway's schema but Flyway's history. The tables are found in the
 * database's own catalog (JDBC metadata) the first time, not listed here, so that a table a later migration
 * adds is wiped too; they are emptied referencing tables first, so that no foreign key is ever violated.
 * Runs in the caller's transaction.
 */
@Component
@ConditionalOnBooleanProperty(TestingProperties.ENABLED)
class DatabaseWiper {

    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

    private final JdbcTemplate jdbc;
    private final String flywayTable;
    private volatile List<String> deleteStatements;

    DatabaseWiper(JdbcTemplate jdbc, @Value("${spring.flyway.table:flyway_schema_history}") String flywayTable) {
        this.jdbc = jdbc;
        this.flywayTable = flywayTable;
    }

    void deleteEverything() {
        for (var statement : deleteStatements()) {
            jdbc.update(statement);
        }
    }

    /** The tables, as {@code DELETE} statements in an order that respects their foreign keys. */
    List<String> deleteStatements() {
        var statements = deleteStatements;
        if (statements == null) {
            statements = jdbc.execute((ConnectionCallback<List<String>>) this::statementsIn);
            deleteStatements = statements;
        }
        return statements;
    }

    private List<String> statementsIn(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        var catalog = connection.getCatalog();
        var schema = connection.getSchema();
        var referenced = new LinkedHashMap<String, Set<String>>();
        try (var tables = meta.getTables(catalog, schema, "%", null)) {
            while (tables.next()) {
                var name = tables.getString("TABLE_NAME");
                if (TABLE_TYPES.contains(tables.getString("TABLE_TYPE").toUpperCase(Locale.ROOT))
                        && !name.equalsIgnoreCase(flywayTable)) {
                    referenced.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (var table : referenced.keySet()) {
            try (var keys = meta.getImportedKeys(catalog, schema, table)) {
                while (keys.next()) {
                    var parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table) && referenced.containsKey(parent)) {
                        referenced.get(table).add(parent);
                    }
                }
            }
        }
        var quote = meta.getIdentifierQuoteString().trim();
        return deleteOrder(referenced).stream()
                .map(table -> "DELETE FROM " + quoted(quote, schema) + "." + quoted(quote, table)).toList();
    }

    /** Each table before the tables it references (children first); a cycle is taken in the given order. */
    static List<String> deleteOrder(Map<String, Set<String>> references) {
        var parentsLast = new ArrayList<String>();
        var visited = new LinkedHashSet<String>();
        for (var table : references.keySet()) {
            visit(table, references, visited, parentsLast);
        }
        Collections.reverse(parentsLast);
        return parentsLast;
    }

    private static void visit(String table, Map<String, Set<String>> references, Set<String> visited,
            List<String> parentsLast) {
        if (!visited.add(table)) {
            return;
        }
        for (var parent : references.getOrDefault(table, Set.of())) {
            visit(parent, references, visited, parentsLast);
        }
        parentsLast.add(table);
    }

    private static String quoted(String quote, String identifier) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }
}
