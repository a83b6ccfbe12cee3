package io.journeyboard.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.http.Json;
import io.journeyboard.server.store.Database;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {

    /** A journey the server acknowledged, and when (System.nanoTime) the answer arrived. */
    private record Acknowledged(String id, long at) {}

    @TempDir
    Path dir;

    @BothDatabases
    void aBackupUnderWritesHoldsEveryWriteAcknowledgedBeforeItBeganAndRestoresIntoAWorkingServer(Backend backend)
            throws Exception {
        TestServer server = backend.start();
        Caller owner = server.signUp("keeper");
        String email = owner.get("/api/v1/me").json().at("/user/email").asText();
        String ws = Fixtures.workspace(owner);
        String commented = Fixtures.journeyIn(owner, ws, "commented");
        owner.post(commented + "/comments", "{\"body\":\"before the backup\"}");

        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            writers.execute(() -> {
                while (writing.get()) {
                    String id = "j" + next.incrementAndGet();
                    int status = owner.post("/api/v1/workspaces/" + ws + "/journeys", Fixtures.journey(id))
                            .status();
                    if (status == 201) {
                        acknowledged.add(new Acknowledged(id, System.nanoTime()));
                    }
                }
            });
        }
        while (acknowledged.size() < 20) {
            Thread.sleep(20);
        }
        Path file = dir.resolve("backup.zip");
        long began = System.nanoTime();
        BackupManifest manifest;
        try {
            manifest = backUp(backend, file);
        } finally {
            writing.set(false);
        }
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);

        List<String> beforeBackup = new ArrayList<>();
        acknowledged.stream().filter(a -> a.at() < began).forEach(a -> beforeBackup.add(a.id()));
        try (Backend restoredBackend = backend.sameKind(dir.resolve("restored"))) {
            try (Database target = database(restoredBackend.config())) {
                new StoreRestore(Json.mapper()).restore(file, target, StoreBackup.Progress.NONE);
            }
            TestServer restored = restoredBackend.start();
            Caller again = restored.signIn(email, TestServer.PASSWORD);
            Set<String> journeys = Set.copyOf(
                    again.get("/api/v1/workspaces/" + ws + "/journeys").json().findValuesAsText("id"));

            assertThat(beforeBackup).isNotEmpty();
            assertThat(journeys).containsAll(beforeBackup);
            assertThat(again.get(commented + "/comments")
                            .json()
                            .get(0)
                            .get("body")
                            .asText())
                    .isEqualTo("before the backup");
            // ids generated after a restore continue after the restored ones
            assertThat(again.post(commented + "/comments", "{\"body\":\"after the restore\"}")
                            .status())
                    .isEqualTo(201);
            assertThat(restored.signUp("newcomer").userId()).isGreaterThan(again.userId());
        }
    }

    @BothDatabases
    void aRestoreIntoADatabaseThatHoldsDataIsRefusedAndChangesNothing(Backend backend) throws Exception {
        TestServer server = backend.start();
        Caller owner = server.signUp("first");
        String email = owner.get("/api/v1/me").json().at("/user/email").asText();
        Fixtures.workspace(owner);
        Path file = dir.resolve("backup.zip");
        backUp(backend, file);
        server.close();

        try (Database target = database(backend.config())) {
            assertThatThrownBy(() -> new StoreRestore(Json.mapper()).restore(file, target, StoreBackup.Progress.NONE))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("already holds data")
                    .hasMessageContaining("restore into a new data directory or an empty database");
        }
        assertThat(backend.start()
                        .signIn(email, TestServer.PASSWORD)
                        .get("/api/v1/workspaces")
                        .json())
                .hasSize(1);
    }

    @BothDatabases
    void aFileThatIsNotABackupIsNamedAndNothingIsRestored(Backend backend) throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "just some text");

        try (Database target = database(backend.config())) {
            assertThatThrownBy(() -> new StoreRestore(Json.mapper()).restore(notZip, target, StoreBackup.Progress.NONE))
                    .isInstanceOf(BackupException.class)
                    .hasMessage(notZip + ": is not a Journeyboard backup (not a zip file)");
        }
    }

    /** What journeyboard backup does: through the running server for H2, from the database for PostgreSQL. */
    private static BackupManifest backUp(Backend backend, Path file) throws Exception {
        ServerConfig config = backend.config();
        if (config.dbUrl() == null) {
            LocalBackupAccess.Handle handle =
                    LocalBackupAccess.read(config.dataDir(), Json.mapper()).orElseThrow();
            HttpResponse<Path> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(handle.url() + "backup"))
                                    .header("Authorization", "Bearer " + handle.backupToken())
                                    .build(),
                            HttpResponse.BodyHandlers.ofFile(file));
            assertThat(answer.statusCode()).isEqualTo(200);
            return BackupFile.check(file, Json.mapper());
        }
        try (Database database = Database.at(config.dbUrl());
                OutputStream out = Files.newOutputStream(file)) {
            return new StoreBackup(database, Json.mapper(), Clock.systemUTC()).writeTo(out, StoreBackup.Progress.NONE);
        }
    }

    private static Database database(ServerConfig config) {
        return config.dbUrl() == null ? Database.embedded(config.dataDir()) : Database.at(config.dbUrl());
    }
}
