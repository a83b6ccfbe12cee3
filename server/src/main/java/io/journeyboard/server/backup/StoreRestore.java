package io.journeyboard.server.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.server.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Restores a backup into an empty store: the schema is brought to the backup's version, every row is
 * inserted in one transaction (all or nothing), the id counters continue after the restored ids, and
 * the schema is then migrated to this release's version, so an older release's backup is an upgrade.
 */
public final class StoreRestore {

    private static final int BATCH = 500;

    private final ObjectMapper mapper;

    public StoreRestore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Restores {@code file} into {@code target}, which must hold no rows; answers what was restored. */
    public BackupManifest restore(Path file, Database target, StoreBackup.Progress progress) throws IOException {
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = BackupFile.manifest(zip, file, mapper);
            MigrationVersion newest = target.newestVersion();
            if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(newest) > 0) {
                throw new BackupException(file + ": was made by a newer Journeyboard (schema version "
                        + manifest.schemaVersion() + "; this release knows up to " + newest + "). Restore it with that "
                        + "release or a newer one");
            }
            target.migrateTo(manifest.schemaVersion());
            progress.begin(manifest.rows());
            try (Connection connection = target.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try {
                    insertAll(zip, file, manifest, connection, progress);
                    connection.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new BackupException(
                        file + ": the rows could not be restored (" + e.getMessage() + "); nothing " + "was restored",
                        e);
            }
            target.migrate();
            return manifest;
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupException(file + ": is not a Journeyboard backup (not a zip file)", e);
        }
    }

    private void insertAll(
            ZipFile zip, Path file, BackupManifest manifest, Connection connection, StoreBackup.Progress progress)
            throws SQLException, IOException {
        Map<String, StoreTables.Table> tables = StoreTables.inDependencyOrder(connection).stream()
                .collect(Collectors.toMap(StoreTables.Table::name, Function.identity()));
        requireEmpty(connection, tables.keySet().stream().sorted().toList());
        long restored = 0;
        for (BackupManifest.TableCount count : manifest.tables()) {
            StoreTables.Table table = tables.get(count.name());
            if (table == null) {
                throw new BackupException(file + ": table '" + count.name() + "' does not exist at schema version "
                        + manifest.schemaVersion() + "; the backup is damaged");
            }
            restored = insertTable(zip, file, table, count, connection, restored, progress);
            continueIdentities(connection, table);
        }
    }

    private static void requireEmpty(Connection connection, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        throw new BackupException("the target database already holds data (" + rows.getLong(1)
                                + " rows in " + table + "); restore into a new data directory or an empty database");
                    }
                }
            }
        }
    }

    private long insertTable(
            ZipFile zip,
            Path file,
            StoreTables.Table table,
            BackupManifest.TableCount count,
            Connection connection,
            long restored,
            StoreBackup.Progress progress)
            throws SQLException, IOException {
        String entryName = BackupManifest.entryOf(table.name());
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new BackupException(file + ": " + entryName + " is missing; the backup is damaged");
        }
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columnNames()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        long lines = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql);
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                JsonNode row = BackupFile.row(line, file, entryName, lines, mapper);
                for (int i = 0; i < table.columns().size(); i++) {
                    StoreTables.Column column = table.columns().get(i);
                    ColumnValues.bind(insert, i + 1, column, row.get(column.name()));
                }
                insert.addBatch();
                if (lines % BATCH == 0) {
                    insert.executeBatch();
                }
                progress.copied(++restored);
            }
            insert.executeBatch();
        }
        if (lines != count.rows()) {
            throw new BackupException(file + ": " + entryName + " has " + lines + " rows where the manifest says "
                    + count.rows() + "; the backup is damaged or was cut short");
        }
        return restored;
    }

    /** Makes the next generated id follow the largest restored one. */
    private static void continueIdentities(Connection connection, StoreTables.Table table) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
        for (StoreTables.Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT COALESCE(MAX(" + column.name() + "), 0) + 1 FROM " + table.name())) {
                rows.next();
                next = rows.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        h2
                                ? "ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " RESTART WITH "
                                        + next
                                : "SELECT setval(pg_get_serial_sequence('" + table.name() + "', '" + column.name()
                                        + "'), " + next + ", false)");
            }
        }
    }
}
