package io.journeyboard.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.CapturedLog;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** An import whose client gave up before the answer is not committed: the client was told nothing, so nothing happened. */
class AbandonedImportTest {

    /** About 2.5 MB: an import that takes the server seconds, far longer than the client waits. */
    private static final int JOURNEYS = 3_000;

    @BothDatabases
    void anImportWhoseClientGaveUpStoresNothingAndIsLoggedAsClientGone(Backend backend) throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            TestServer server = backend.start(config -> config.withMaxRequestBytes(32L << 20));
            Caller owner = server.signUp("owner");
            String token = owner.post("/api/v1/me/tokens", "{\"name\":\"impatient\"}").json().get("token").asText();
            String ws = Fixtures.workspace(owner);
            String path = "/api/v1/workspaces/" + ws + "/import";
            // a real client that waits 0.3 s for the answer, then gives up and closes its connection
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.server().port() + path))
                    .timeout(Duration.ofMillis(300)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(file())).build();

            try (HttpClient impatient = HttpClient.newHttpClient()) {
                assertThatThrownBy(() -> impatient.send(request, HttpResponse.BodyHandlers.ofString()))
                        .isInstanceOf(HttpTimeoutException.class);
            }

            assertThat(log.awaitRequest("POST", path)).contains("status=499", "client=gone");
            assertThat(log.await("event=import-abandoned", "workspace=" + ws)).contains("journeys=" + JOURNEYS);
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json()).as("journeys stored").isEmpty();
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/personas").json()).as("personas").hasSize(1);
        }
    }

    private static String file() {
        String journeys = IntStream.range(0, JOURNEYS).mapToObj(i -> Fixtures.journey("j" + i))
                .collect(Collectors.joining(","));
        return "{\"formatVersion\":1,\"name\":\"Large import\",\"personas\":[{\"id\":\"p1\",\"name\":\"Ada\"},"
                + "{\"id\":\"p2\",\"name\":\"Grace\"}],\"journeys\":[" + journeys + "]}";
    }
}
