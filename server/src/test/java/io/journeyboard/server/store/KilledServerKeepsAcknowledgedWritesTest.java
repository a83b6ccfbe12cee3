package io.journeyboard.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.ServerProcess;
import io.journeyboard.server.support.TestServer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers keep a real server process busy, the process is killed with {@code kill -9} in the middle of
 * their writes, and a new process over the same data directory must show every version that was answered 200.
 */
class KilledServerKeepsAcknowledgedWritesTest {

    private static final int WRITERS = 4;

    @BothDatabases
    void everyVersionAnswered200BeforeAKillIsThereAfterTheRestart(Backend backend, @TempDir Path dir) throws Exception {
        Path log = dir.resolve("server.log");
        String email = "writer-" + System.nanoTime() + "@example.org";
        Map<String, Map<Integer, String>> acknowledged = new ConcurrentHashMap<>();
        String ws;
        try (ServerProcess first = ServerProcess.start(backend, log)) {
            Caller owner = signUp(first.anonymous(), email);
            ws = Fixtures.workspace(owner);
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger writes = new AtomicInteger();
            try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
                for (int i = 0; i < WRITERS; i++) {
                    String journey = "j" + i;
                    String path = Fixtures.journeyIn(owner, ws, journey);
                    Map<Integer, String> versions = new ConcurrentHashMap<>();
                    acknowledged.put(journey, versions);
                    pool.submit(() -> writeUntilKilled(owner, path, journey, versions, writes, killed));
                }
                // Mid-writes: enough of them answered that the last ones cannot all have been flushed by chance.
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (writes.get() < 150 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                killed.set(true);
                first.kill();
            }
            assertThat(writes.get()).as("writes answered 200 before the kill").isGreaterThanOrEqualTo(150);
        }

        try (ServerProcess second = ServerProcess.start(backend, log)) {
            Caller owner = second.anonymous()
                    .session(second.anonymous()
                            .post(
                                    "/api/v1/auth/sign-in",
                                    "{\"email\":\"" + email + "\",\"password\":\"" + TestServer.PASSWORD + "\"}"));
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((journey, versions) -> versions.forEach((version, name) -> {
                Reply stored = owner.get("/api/v1/workspaces/" + ws + "/journeys/" + journey + "/versions/" + version);
                if (stored.status() != 200
                        || !name.equals(stored.json().at("/document/name").asText())) {
                    lost.add(journey + " v" + version + " (" + stored.status() + ")");
                }
            }));
            assertThat(lost)
                    .as("acknowledged versions missing after kill -9 (server log: " + log + ")")
                    .isEmpty();
        }
    }

    private static Caller signUp(Caller anonymous, String email) {
        Reply reply = anonymous.post(
                "/api/v1/auth/sign-up",
                "{\"email\":\"" + email + "\",\"name\":\"Writer\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return anonymous.session(reply);
    }

    /** PUTs new names until the server is gone, remembering each version answered 200 with the name it holds. */
    private static Void writeUntilKilled(
            Caller owner,
            String path,
            String journey,
            Map<Integer, String> versions,
            AtomicInteger writes,
            AtomicBoolean killed) {
        int current = 1;
        try {
            for (int n = 1; !killed.get(); n++) {
                String name = journey + " edit " + n;
                Reply reply = owner.put(
                        path, Fixtures.journey(journey).replace("Onboarding", name), "If-Match", "\"" + current + "\"");
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                current = Integer.parseInt(reply.etag().replace("\"", ""));
                versions.put(current, name);
                writes.incrementAndGet();
            }
        } catch (UncheckedIOException serverGone) {
            // the kill cut this write off: it was never answered, so nothing is expected of it
        }
        return null;
    }
}
