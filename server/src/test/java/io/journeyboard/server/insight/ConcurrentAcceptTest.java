package io.journeyboard.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Suggestions accepted at the same moment on different journeys of one workspace keep all their evidence. */
class ConcurrentAcceptTest {

    private static final int JOURNEYS = 4;

    @BothDatabases
    void concurrentAcceptsOnDifferentJourneysKeepEveryCardsEvidence(Backend backend) throws Exception {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Map<String, String> jobByJourney = new HashMap<>();
        for (int i = 1; i <= JOURNEYS; i++) {
            String path = Fixtures.journeyIn(owner, ws, "j" + i);
            Reply started = owner.send(
                    "POST",
                    path + "/insights/jobs?file=survey-" + i + ".csv&text=comment",
                    Feedback.SURVEY_CSV,
                    "text/csv");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            jobByJourney.put(path, started.header("Location"));
            JsonNode finished = Feedback.awaitFinished(owner, started.header("Location"));
            assertThat(finished.get("state").asText()).isEqualTo("done");
        }

        List<Reply> accepted = acceptAllAtOnce(owner, List.copyOf(jobByJourney.values()));

        assertThat(accepted)
                .allSatisfy(
                        reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        Map<String, String> sourceById = new HashMap<>();
        owner.get("/api/v1/workspaces/" + ws + "/evidence")
                .json()
                .forEach(e ->
                        sourceById.put(e.get("id").asText(), e.get("source").asText()));
        for (int i = 1; i <= JOURNEYS; i++) {
            JsonNode cards = owner.get("/api/v1/workspaces/" + ws + "/journeys/j" + i)
                    .json()
                    .get("cards");
            List<String> cited = new ArrayList<>();
            cards.forEach(card -> card.path("evidenceIds").forEach(id -> cited.add(id.asText())));
            assertThat(cited).as("journey j" + i + " cites evidence").isNotEmpty();
            String file = "survey-" + i + ".csv";
            assertThat(cited)
                    .as("every evidence id of j%d is stored, from its own upload", i)
                    .allSatisfy(id ->
                            assertThat(sourceById.get(id)).as(id).isNotNull().startsWith(file));
        }
    }

    private static List<Reply> acceptAllAtOnce(Caller owner, List<String> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (String job : jobs) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return owner.send("POST", job + "/accept?accept=all", null, null, "If-Match", "\"1\"");
                }));
            }
            start.countDown();
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get());
            }
            return answered;
        } finally {
            pool.shutdownNow();
        }
    }
}
