package io.journeyboard.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.ServerProcess;
import io.journeyboard.server.support.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server process is killed ({@code kill -9}) while a feedback analysis runs; the next process over the same
 * store must not list that run as running forever, but as interrupted, with a sentence saying what to do.
 */
class KilledServerMarksItsRunInterruptedTest {

    @BothDatabases
    void aRunLeftRunningByAKilledServerIsInterruptedAfterTheRestart(Backend backend, @TempDir Path dir)
            throws Exception {
        Path log = dir.resolve("server.log");
        String email = "analyst-" + System.nanoTime() + "@example.org";
        String ws;
        String jobId;
        try (ServerProcess first = ServerProcess.start(backend, log)) {
            Caller owner = signUp(first.anonymous(), email);
            ws = Fixtures.workspace(owner);
            String path = Fixtures.journeyIn(owner, ws, "j1");
            Reply started = owner.send(
                    "POST", path + "/insights/jobs?file=yelp.csv&text=text", Feedback.yelpCsv(1000), "text/csv");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            jobId = started.json().get("id").asText();
            JsonNode kept =
                    owner.get("/api/v1/workspaces/" + ws + "/runs/" + jobId).json();
            assertThat(kept.at("/run/state").asText()).isEqualTo("running");
            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(backend, log)) {
            Caller owner = second.anonymous()
                    .session(second.anonymous()
                            .post(
                                    "/api/v1/auth/sign-in",
                                    "{\"email\":\"" + email + "\",\"password\":\"" + TestServer.PASSWORD + "\"}"));
            JsonNode run = owner.get("/api/v1/workspaces/" + ws + "/runs/" + jobId)
                    .json()
                    .get("run");
            Reply accept = owner.send(
                    "POST",
                    "/api/v1/workspaces/" + ws + "/journeys/j1/insights/jobs/" + jobId + "/accept?accept=all",
                    null,
                    null,
                    "If-Match",
                    "\"1\"");

            assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("interrupted");
            assertThat(run.get("error").asText())
                    .contains("stopped unexpectedly")
                    .contains("analyse the file again");
            assertThat(run.get("finishedAt").isNull()).isFalse();
            assertThat(accept.status()).isEqualTo(409);
            assertThat(accept.body()).contains("interrupted");
        }
    }

    private static Caller signUp(Caller anonymous, String email) {
        Reply reply = anonymous.post(
                "/api/v1/auth/sign-up",
                "{\"email\":\"" + email + "\",\"name\":\"Analyst\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return anonymous.session(reply);
    }
}
