package io.journeyboard.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.ServerProcess;
import io.journeyboard.server.support.TestServer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts append batches to a dataset of a real server process, the process is killed with
 * {@code kill -9} in the middle, and a new process over the same data must hold every batch that was
 * answered 201, each once.
 */
class KilledServerKeepsAcknowledgedBatchesTest {

    private static final int WRITERS = 3;
    private static final int EVENTS_PER_BATCH = 50;

    @Test
    void everyBatchAnswered201BeforeAKillIsThereAfterTheRestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        String email = "ingest-" + System.nanoTime() + "@example.org";
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String path;
        try (ServerProcess first = ServerProcess.start(data, log)) {
            Reply signedUp = first.anonymous()
                    .post(
                            "/api/v1/auth/sign-up",
                            "{\"email\":\"" + email + "\",\"name\":\"Script\",\"password\":\"" + TestServer.PASSWORD
                                    + "\"}");
            Caller owner = first.anonymous().session(signedUp);
            String ws = Fixtures.workspace(owner);
            Reply created = owner.send(
                    "POST",
                    "/api/v1/workspaces/" + ws + "/datasets?name=Stream&file=first.csv",
                    batch("w", 0),
                    "text/csv");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            path = "/api/v1/workspaces/" + ws + "/datasets/stream";
            AtomicBoolean killed = new AtomicBoolean();
            try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
                for (int i = 0; i < WRITERS; i++) {
                    String writer = "w" + i;
                    pool.submit(() -> appendUntilKilled(owner, path, writer, acknowledged, killed));
                }
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                killed.set(true);
                first.kill();
            }
            assertThat(acknowledged.size())
                    .as("batches answered 201 before the kill")
                    .isGreaterThanOrEqualTo(60);
        }

        try (ServerProcess second = ServerProcess.start(data, log)) {
            Caller owner = second.anonymous()
                    .session(second.anonymous()
                            .post(
                                    "/api/v1/auth/sign-in",
                                    "{\"email\":\"" + email + "\",\"password\":\"" + TestServer.PASSWORD + "\"}"));
            JsonNode dataset = owner.get(path).json();
            Set<String> stored = new HashSet<>(dataset.get("batchList").findValuesAsText("idempotencyKey"));
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);

            assertThat(lost)
                    .as("acknowledged batches missing after kill -9 (server log: " + log + ")")
                    .isEmpty();
            assertThat(dataset.get("events").asLong()).isEqualTo((long) (stored.size() + 1) * EVENTS_PER_BATCH);
            assertThat(dataset.get("batchList").size()).isEqualTo(stored.size() + 1);
        }
    }

    private static String batch(String writer, int n) {
        StringBuilder csv = new StringBuilder("case,activity,time\n");
        for (int e = 0; e < EVENTS_PER_BATCH; e++) {
            csv.append(writer)
                    .append('-')
                    .append(n)
                    .append('-')
                    .append(e % 10)
                    .append(",Step ")
                    .append(e % 5)
                    .append(",2026-02-01T10:")
                    .append(String.format("%02d", e))
                    .append(":00Z\n");
        }
        return csv.toString();
    }

    /**
     * Appends batches until the server is gone, remembering each key answered 201; a retry after a cut answer is not
     * made.
     */
    private static Void appendUntilKilled(
            Caller owner, String path, String writer, Set<String> acknowledged, AtomicBoolean killed) {
        try {
            for (int n = 1; !killed.get(); n++) {
                String key = writer + "-" + n;
                Reply reply =
                        owner.send("POST", path + "/events", batch(writer, n), "text/csv", "Idempotency-Key", key);
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                acknowledged.add(key);
            }
        } catch (UncheckedIOException serverGone) {
            // the kill cut this batch off: it was never answered, so nothing is expected of it
        }
        return null;
    }
}
