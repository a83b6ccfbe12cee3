package io.journeyboard.server.backup;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the parts of a backup file, refusing one that is not a Journeyboard backup of a known format. */
final class BackupFile {

    private BackupFile() {
    }

    static BackupManifest manifest(ZipFile zip, Path file, ObjectMapper mapper) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupException(file + ": is not a Journeyboard backup (it has no " + BackupManifest.ENTRY + ")");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = mapper.readValue(in, BackupManifest.class);
        } catch (JacksonException e) {
            throw new BackupException(file + ": " + BackupManifest.ENTRY + " is damaged (" + e.getOriginalMessage() + ")", e);
        }
        if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.tables() == null
                || manifest.schemaVersion() == null) {
            throw new BackupException(file + ": is not a Journeyboard backup (" + BackupManifest.ENTRY + " does not say so)");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new BackupException(file + ": was written in backup format " + manifest.formatVersion() + "; this release "
                    + "reads format " + BackupManifest.FORMAT_VERSION + ". Restore it with the release that made it or a newer one");
        }
        return manifest;
    }

    static JsonNode row(String line, Path file, String entry, long lineNumber, ObjectMapper mapper) {
        try {
            JsonNode row = mapper.readTree(line);
            if (row == null || !row.isObject()) {
                throw new BackupException(file + ": " + entry + " line " + lineNumber + " is not a row; the backup is damaged");
            }
            return row;
        } catch (JacksonException e) {
            throw new BackupException(file + ": " + entry + " line " + lineNumber + " is damaged (" + e.getOriginalMessage()
                    + ")", e);
        }
    }
}
