package io.journeyboard.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.CapturedLog;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** An import whose client gave up before the answer is not committed: the client heard nothing, so nothing happened. */
class AbandonedImportTest {

    /** About 2.5 MB: an import that takes the server seconds, far longer than the client waits. */
    private static final int JOURNEYS = 3_000;

    @BothDatabases
    void anImportWhoseClientGaveUpStoresNothingAndIsLoggedAsClientGone(Backend backend) throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            TestServer server = backend.start(config -> config.withMaxRequestBytes(32L << 20));
            Caller owner = server.signUp("owner");
            String token = owner.post("/api/v1/me/tokens", "{\"name\":\"impatient\"}")
                    .json()
                    .get("token")
                    .asText();
            String ws = Fixtures.workspace(owner);
            String path = "/api/v1/workspaces/" + ws + "/import";
            // a real client that waits 0.3 s for the answer, then gives up and closes its connection
            URI uri = URI.create("http://localhost:" + server.server().port() + path);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofMillis(300))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(file(JOURNEYS)))
                    .build();

            try (HttpClient impatient = HttpClient.newHttpClient()) {
                assertThatThrownBy(() -> impatient.send(request, HttpResponse.BodyHandlers.ofString()))
                        .isInstanceOf(HttpTimeoutException.class);
            }

            assertThat(log.awaitRequest("POST", path)).contains("status=499", "client=gone");
            assertThat(log.await("event=import-abandoned", "workspace=" + ws)).contains("journeys=" + JOURNEYS);
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json())
                    .as("journeys stored")
                    .isEmpty();
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/personas").json())
                    .as("personas")
                    .hasSize(1);
        }
    }

    /**
     * The client leaves while the import, past its validation, waits inside its transaction for the workspace's
     * row (held here as another writer would): the import must see it once the lock is free and roll back.
     */
    @BothDatabases
    void anImportWhoseClientLeavesInsideItsTransactionIsRolledBackBeforeTheCommit(Backend backend) throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            TestServer server = backend.start();
            Caller owner = server.signUp("owner");
            String token = owner.post("/api/v1/me/tokens", "{\"name\":\"leaver\"}")
                    .json()
                    .get("token")
                    .asText();
            String ws = Fixtures.workspace(owner);
            String path = "/api/v1/workspaces/" + ws + "/import";
            byte[] body = file(20).getBytes(StandardCharsets.UTF_8);

            try (Connection other = DriverManager.getConnection(backend.jdbcUrl())) {
                other.setAutoCommit(false);
                String forUpdate = "SELECT id FROM workspaces WHERE id = ? FOR UPDATE";
                try (PreparedStatement lock = other.prepareStatement(forUpdate)) {
                    lock.setString(1, ws);
                    lock.executeQuery().close();
                }
                try (Socket client = new Socket("localhost", server.server().port())) {
                    String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
                    client.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                    client.getOutputStream().write(body);
                    awaitAWriterWaitingForALock(other, backend);
                }
                other.rollback();
            }

            assertThat(log.awaitRequest("POST", path)).contains("status=499", "client=gone");
            assertThat(log.await("event=import-abandoned", "workspace=" + ws)).doesNotContain("phase=\"validated\"");
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json())
                    .as("journeys stored")
                    .isEmpty();
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/personas").json())
                    .as("personas")
                    .hasSize(1);
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/evidence").json())
                    .as("evidence")
                    .isEmpty();
        }
    }

    /** Waits until a session of this database waits for a lock (the import, on the row {@code other} holds). */
    private static void awaitAWriterWaitingForALock(Connection other, Backend backend) throws Exception {
        String waiting = backend.name().equals("H2")
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        + "AND datname = current_database()";
        for (int i = 0; i < 1500; i++) {
            try (Statement statement = other.createStatement();
                    ResultSet count = statement.executeQuery(waiting)) {
                if (count.next() && count.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import never waited for the workspace's row");
    }

    private static String file(int count) {
        String journeys = IntStream.range(0, count)
                .mapToObj(i -> Fixtures.journey("j" + i))
                .collect(Collectors.joining(","));
        return "{\"formatVersion\":1,\"name\":\"Large import\",\"personas\":[{\"id\":\"p1\",\"name\":\"Ada\"},"
                + "{\"id\":\"p2\",\"name\":\"Grace\"}],\"evidence\":[{\"id\":\"ev-1\",\"kind\":\"survey\","
                + "\"summary\":\"42% named the fee\"}],\"journeys\":[" + journeys + "]}";
    }
}
