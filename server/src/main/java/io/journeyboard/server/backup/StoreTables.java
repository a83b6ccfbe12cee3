package io.journeyboard.server.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The store's tables as the database describes them, in an order where every table comes after the
 * tables it references, so that rows can be restored in that order. Flyway's own history table is
 * left out: a backup records the schema version instead.
 */
final class StoreTables {

    private static final String MIGRATION_HISTORY = "flyway_schema_history";

    /** A column and its JDBC type ({@link java.sql.Types}). */
    record Column(String name, int sqlType, boolean identity) {}

    /** A table with its columns in their declared order; names are lower case. */
    record Table(String name, List<Column> columns) {

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private StoreTables() {}

    static List<Table> inDependencyOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String stored = rows.getString("TABLE_NAME");
                String name = stored.toLowerCase(Locale.ROOT);
                if (!name.equals(MIGRATION_HISTORY)) {
                    tables.put(name, new Table(name, columns(meta, connection, schema, stored)));
                    references.put(name, referenced(meta, connection, schema, stored));
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (Table table : tables.values()) {
                Set<String> needs = new LinkedHashSet<>(references.get(table.name()));
                needs.remove(table.name());
                if (!placed.contains(table.name()) && placed.containsAll(needs)) {
                    ordered.add(table);
                    placed.add(table.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException(
                        "the tables reference each other in a circle; a backup cannot order them");
            }
        }
        return ordered;
    }

    private static List<Column> columns(DatabaseMetaData meta, Connection connection, String schema, String table)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(connection.getCatalog(), schema, table, "%")) {
            while (rows.next()) {
                columns.add(new Column(
                        rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rows.getInt("DATA_TYPE"),
                        "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static Set<String> referenced(DatabaseMetaData meta, Connection connection, String schema, String table)
            throws SQLException {
        Set<String> referenced = new LinkedHashSet<>();
        try (ResultSet rows = meta.getImportedKeys(connection.getCatalog(), schema, table)) {
            while (rows.next()) {
                referenced.add(rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return referenced;
    }
}
