package io.journeyboard.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.JourneyboardServer;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A starting server answers {@code /health/live} at once but {@code /health/ready} only once it can sign
 * people in, so a load balancer sends no one to it before. The migration check at start is held back by
 * another session holding the PostgreSQL advisory lock Flyway takes for its schema history (Flyway retries
 * it for many seconds, so a slow start of the HTTP side cannot make the migration give up).
 */
class ReadinessWhileStartingTest {

    /** Flyway's lock for {@code "public"."flyway_schema_history"}: its base number plus the table name's hash. */
    private static final long FLYWAY_LOCK = 77431708279161L + "\"public\".\"flyway_schema_history\"".hashCode();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aServerWhoseSchemaIsNotCheckedYetIsLiveButNotReady() throws Exception {
        try (Backend backend = Backend.postgres()) {
            backend.start().close();
            int port = freePort();
            CompletableFuture<JourneyboardServer> started;
            Reply live;
            Reply ready;
            try (Connection other = DriverManager.getConnection(backend.jdbcUrl());
                    Statement lock = other.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + FLYWAY_LOCK + ")");
                started = CompletableFuture.supplyAsync(
                        () -> JourneyboardServer.start(backend.config().withPort(port)));
                live = awaitAnswer(port, "/health/live");
                ready = get(port, "/health/ready");
                lock.execute("SELECT pg_advisory_unlock(" + FLYWAY_LOCK + ")");
            }
            try (JourneyboardServer server = started.join()) {
                Reply readyOnceStarted = get(server.port(), "/health/ready");

                assertThat(live.status()).isEqualTo(200);
                assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
                assertThat(ready.json().get("status").asText()).isEqualTo("starting");
                assertThat(readyOnceStarted.status())
                        .as(readyOnceStarted.toString())
                        .isEqualTo(200);
            }
        }
    }

    /** Polls until the port answers (the HTTP side starts while the schema is checked). */
    private Reply awaitAnswer(int port, String path) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                return get(port, path);
            } catch (IOException notListeningYet) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("port " + port + " never answered " + path);
    }

    private Reply get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(2))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
