package io.journeyboard.server.backup;

import java.time.Instant;
import java.util.List;

/**
 * The first entry of a backup file ({@code backup.json}): what made it, the schema version its rows
 * belong to, and each table with its row count, in restore order.
 */
public record BackupManifest(
        String format, int formatVersion, String schemaVersion, Instant createdAt, List<TableCount> tables) {

    public static final String FORMAT = "journeyboard-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "backup.json";

    /** A table and how many rows the backup holds for it. */
    public record TableCount(String name, long rows) {}

    public long rows() {
        return tables.stream().mapToLong(TableCount::rows).sum();
    }

    static String entryOf(String table) {
        return "tables/" + table + ".jsonl";
    }
}
