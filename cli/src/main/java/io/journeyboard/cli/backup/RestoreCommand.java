package io.journeyboard.cli.backup;

import io.journeyboard.server.backup.BackupManifest;
import io.journeyboard.server.backup.StoreRestore;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard restore FILE}: a backup into a new data directory or an empty PostgreSQL database.
 * The embedded database is built beside the target and moved in only when complete, so a failed restore
 * leaves nothing behind; a store that holds data is never written.
 */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Restore a backup into a new data directory or an empty PostgreSQL database.",
            "A backup of an older release is upgraded to this release's schema as it is restored."
        })
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such backup file");
        }
        BackupManifest manifest;
        try (BackupProgress progress = new BackupProgress("restoring")) {
            manifest = store.postgresUrl() != null
                    ? intoDatabase(store.postgres(), progress)
                    : intoDataDirectory(progress);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Restored %,d rows of %d tables from %s (backed up %s) into %s%n",
                        manifest.rows(),
                        manifest.tables().size(),
                        file,
                        manifest.createdAt(),
                        store.postgresUrl() != null ? "the PostgreSQL database" : store.data);
        return 0;
    }

    private BackupManifest intoDatabase(Database database, BackupProgress progress) throws IOException {
        try (database) {
            return new StoreRestore(Json.mapper()).restore(file, database, progress);
        }
    }

    private BackupManifest intoDataDirectory(BackupProgress progress) throws IOException {
        Path target = Database.embeddedFile(store.data);
        if (Files.exists(target)) {
            throw new IllegalArgumentException(
                    store.data + ": already holds a Journeyboard database; restore into a new "
                            + "data directory, or move " + target.getFileName() + " away first");
        }
        Files.createDirectories(store.data);
        Path building = Files.createTempDirectory(store.data, ".restoring-");
        try {
            BackupManifest manifest = intoDatabase(Database.embedded(building), progress);
            Files.move(Database.embeddedFile(building), target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            deleteTree(building);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
