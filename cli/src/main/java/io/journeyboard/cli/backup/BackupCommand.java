package io.journeyboard.cli.backup;

import io.journeyboard.cli.OutputFile;
import io.journeyboard.server.backup.BackupFile;
import io.journeyboard.server.backup.BackupManifest;
import io.journeyboard.server.backup.LocalBackupAccess;
import io.journeyboard.server.backup.StoreBackup;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard backup -o FILE}: every row of the store in one file, consistent as of its start,
 * while the server keeps running. A server holding the embedded database open is asked for it; a
 * stopped one's database file, and PostgreSQL, are read directly.
 */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Back up the whole store (every workspace, account, journey and version) into one file.",
            "Works while the server runs; the file holds every write committed before the backup began.",
            "It contains password hashes and session tokens: keep it as private as the database."
        })
public final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The backup file to write (.zip).")
    Path output;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BackupProgress progress = new BackupProgress("backing up");
        BackupManifest manifest;
        try (progress) {
            manifest = store.postgresUrl() != null
                    ? fromDatabase(store.postgres(), progress)
                    : fromDataDirectory(progress);
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Backed up %,d rows of %d tables (schema version %s) into %s%n",
                        manifest.rows(), manifest.tables().size(), manifest.schemaVersion(), output);
        return 0;
    }

    private BackupManifest fromDataDirectory(BackupProgress progress) throws IOException, InterruptedException {
        Optional<LocalBackupAccess.Handle> running = LocalBackupAccess.read(store.data, Json.mapper());
        if (running.isPresent()) {
            Optional<BackupManifest> fromServer = fromServer(running.get());
            if (fromServer.isPresent()) {
                return fromServer.get();
            }
        }
        if (!Files.isRegularFile(Database.embeddedFile(store.data))) {
            throw new IllegalArgumentException(store.data + ": holds no Journeyboard database; name the server's data "
                    + "directory with --data, or its PostgreSQL database with --db-url");
        }
        return fromDatabase(Database.embedded(store.data), progress);
    }

    /** Empty when the server that published its address is gone (a killed one leaves the file behind). */
    private Optional<BackupManifest> fromServer(LocalBackupAccess.Handle handle)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(handle.url() + "backup"))
                .header("Authorization", "Bearer " + handle.backupToken())
                .build();
        HttpResponse<InputStream> answer;
        try {
            answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException gone) {
            return Optional.empty();
        }
        try (InputStream body = answer.body()) {
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the server at " + handle.url() + " refused the backup (HTTP "
                        + answer.statusCode() + "): " + new String(body.readAllBytes()));
            }
            OutputFile.writePrivate(output, out -> {
                body.transferTo(out);
                out.flush();
            });
        }
        return Optional.of(BackupFile.check(output, Json.mapper()));
    }

    private BackupManifest fromDatabase(Database database, BackupProgress progress) {
        try (database) {
            BackupManifest[] written = new BackupManifest[1];
            OutputFile.writePrivate(
                    output,
                    out -> written[0] =
                            new StoreBackup(database, Json.mapper(), Clock.systemUTC()).writeTo(out, progress));
            return written[0];
        }
    }
}
