package io.journeyboard.server.backup;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Reads the parts of a backup file, refusing one that is not a Journeyboard backup of a known format. */
public final class BackupFile {

    private BackupFile() {}

    static BackupManifest manifest(ZipFile zip, Path file, ObjectMapper mapper) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException(file + ": is not a Journeyboard backup (it has no " + BackupManifest.ENTRY + ")");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = mapper.readValue(in, BackupManifest.class);
        } catch (JacksonException e) {
            throw new BackupException(
                    file + ": " + BackupManifest.ENTRY + " is damaged (" + e.getOriginalMessage() + ")", e);
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())
                || manifest.tables() == null
                || manifest.schemaVersion() == null) {
            throw new BackupException(
                    file + ": is not a Journeyboard backup (" + BackupManifest.ENTRY + " does not say so)");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new BackupException(file + ": was written in backup format " + manifest.formatVersion()
                    + "; this release " + "reads format " + BackupManifest.FORMAT_VERSION
                    + ". Restore it with the release that made it or a newer one");
        }
        return manifest;
    }

    /**
     * Checks a backup file whole: a known manifest, and every table's entry with as many rows as the
     * manifest says (a download cut short shows here, not at restore).
     */
    public static BackupManifest check(Path file, ObjectMapper mapper) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip, file, mapper);
            for (BackupManifest.TableCount table : manifest.tables()) {
                String name = BackupManifest.entryOf(table.name());
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new BackupException(file + ": " + name + " is missing; the backup is damaged");
                }
                long lines;
                try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                    lines = reader.lines().count();
                }
                if (lines != table.rows()) {
                    throw new BackupException(file + ": " + name + " has " + lines + " rows where the manifest says "
                            + table.rows() + "; the backup is damaged or was cut short");
                }
            }
            return manifest;
        } catch (ZipException e) {
            throw new BackupException(file + ": is not a Journeyboard backup (not a zip file, or cut short)", e);
        }
    }

    static JsonNode row(String line, Path file, String entry, long lineNumber, ObjectMapper mapper) {
        try {
            JsonNode row = mapper.readTree(line);
            if (row == null || !row.isObject()) {
                throw new BackupException(
                        file + ": " + entry + " line " + lineNumber + " is not a row; the backup is damaged");
            }
            return row;
        } catch (JacksonException e) {
            throw new BackupException(
                    file + ": " + entry + " line " + lineNumber + " is damaged (" + e.getOriginalMessage() + ")", e);
        }
    }
}
