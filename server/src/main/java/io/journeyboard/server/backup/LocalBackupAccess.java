package io.journeyboard.server.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.server.account.SecretTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * How {@code journeyboard backup --data DIR} reaches a server that holds the embedded database open:
 * the server writes its address and a fresh secret into {@code DIR/server.json}, readable by the
 * owner only, and answers backups to whoever presents that secret. Whoever can read the file can read
 * the database file beside it anyway, so the secret grants nothing new.
 */
public final class LocalBackupAccess {

    public static final String FILE = "server.json";

    /** What the file holds. */
    public record Handle(String url, String backupToken) {}

    private final Path file;
    private final String token = SecretTokens.generate("backup_");

    /** Access for a server whose embedded database lives in {@code dataDir}; nothing is written yet. */
    public LocalBackupAccess(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** Publishes the server's address once it listens there. */
    public void publish(String url, ObjectMapper mapper) {
        try {
            Path temporary = Files.createTempFile(file.getParent(), "." + FILE, ".part");
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.write(temporary, mapper.writeValueAsBytes(new Handle(url, token)));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            throw new IllegalStateException("cannot write " + file + " privately: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The handle a running server published in {@code dataDir}, if there is one. */
    public static Optional<Handle> read(Path dataDir, ObjectMapper mapper) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(file.toFile(), Handle.class));
        } catch (IOException e) {
            throw new BackupException(file + ": cannot be read (" + e.getMessage() + "); if no server runs on "
                    + dataDir + ", delete it");
        }
    }

    /** Whether {@code presented} is this server's secret, compared in constant time. */
    public boolean admits(String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the file at stop, so a later backup opens the database file directly. */
    public void withdraw() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
