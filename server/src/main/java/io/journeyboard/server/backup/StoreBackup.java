package io.journeyboard.server.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.server.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes every row of the store into one zip file while the server keeps serving: all tables are read
 * in a single read-only snapshot transaction, so the backup holds exactly the writes committed before
 * it began, on H2 and on PostgreSQL alike. The file is a manifest and one JSON-lines file per table
 * (docs/operations.md); it holds password hashes and session tokens, so keep it as private as the database.
 */
public final class StoreBackup {

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;

    public StoreBackup(Database database, ObjectMapper mapper, Clock clock) {
        this.database = database;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Told how many rows a backup or restore will copy, then how many it has copied. */
    public interface Progress {
        Progress NONE = new Progress() {};

        default void begin(long rows) {}

        default void copied(long rows) {}
    }

    /** Writes the backup to {@code out} (not closed), reporting the rows written to {@code progress}. */
    public BackupManifest writeTo(OutputStream out, Progress progress) throws IOException {
        database.checkReachable();
        try (Connection connection = database.dataSource().getConnection()) {
            Snapshot.begin(connection);
            try {
                List<StoreTables.Table> tables = StoreTables.inDependencyOrder(connection);
                BackupManifest manifest = new BackupManifest(
                        BackupManifest.FORMAT,
                        BackupManifest.FORMAT_VERSION,
                        database.schemaVersion(connection),
                        clock.instant(),
                        counts(connection, tables));
                progress.begin(manifest.rows());
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                long written = 0;
                for (StoreTables.Table table : tables) {
                    zip.putNextEntry(new ZipEntry(BackupManifest.entryOf(table.name())));
                    written = writeRows(connection, table, zip, written, progress);
                }
                zip.finish();
                return manifest;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("the database could not be read for the backup: " + e.getMessage(), e);
        }
    }

    private static List<BackupManifest.TableCount> counts(Connection connection, List<StoreTables.Table> tables)
            throws SQLException {
        List<BackupManifest.TableCount> counts = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (StoreTables.Table table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                    rows.next();
                    counts.add(new BackupManifest.TableCount(table.name(), rows.getLong(1)));
                }
            }
        }
        return counts;
    }

    private long writeRows(
            Connection connection, StoreTables.Table table, OutputStream zip, long written, Progress progress)
            throws SQLException, IOException {
        String columns = String.join(", ", table.columnNames());
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery("SELECT " + columns + " FROM " + table.name())) {
                while (rows.next()) {
                    writeRow(table, rows, zip);
                    progress.copied(++written);
                }
            }
        }
        return written;
    }

    private void writeRow(StoreTables.Table table, ResultSet rows, OutputStream zip) throws SQLException, IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(zip);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        for (int i = 0; i < table.columns().size(); i++) {
            StoreTables.Column column = table.columns().get(i);
            json.writeFieldName(column.name());
            ColumnValues.write(json, rows, i + 1, column, Base64.getEncoder());
        }
        json.writeEndObject();
        json.flush();
        zip.write('\n');
    }
}
