package io.journeyboard.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class RunApiTest {

    private static final String EVENTS = "case,activity,time\nc1,Visit site,2026-01-01T10:00:00Z\n"
            + "c1,Sign up,2026-01-01T10:05:00Z\nc2,Visit site,2026-01-01T11:00:00Z\n";

    @BothDatabases
    void insightAndAnalyticsRunsAreKeptWithWhoRanThemAndOpenAgain(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        JsonNode job = Feedback.finishedJob(owner, path);
        Reply analysed = owner.send("POST", path + "/analytics?file=visits.csv", EVENTS, "text/csv");
        String runs = "/api/v1/workspaces/" + ws + "/runs";

        JsonNode kept = awaitDone(owner, runs + "?journey=j1&kind=insights");
        JsonNode analytics = owner.get(runs + "?kind=analytics").json();
        JsonNode opened = owner.get(runs + "/" + job.get("id").asText()).json();

        assertThat(kept.get("id").asText()).isEqualTo(job.get("id").asText());
        assertThat(kept.get("source").asText()).isEqualTo("survey.csv");
        assertThat(kept.get("startedBy").asText()).isEqualTo("owner");
        assertThat(kept.at("/summary/items").asInt()).isEqualTo(12);
        assertThat(kept.at("/summary/suggestions").asInt()).isPositive();
        assertThat(opened.at("/answer/suggestions").size())
                .isEqualTo(job.at("/report/suggestions").size());
        assertThat(analytics).hasSize(1);
        assertThat(analytics.get(0).get("id").asText())
                .isEqualTo(analysed.json().get("run").asText());
        assertThat(analytics.get(0).at("/summary/cases").asInt()).isEqualTo(2);
        JsonNode reopened =
                owner.get(runs + "/" + analytics.get(0).get("id").asText()).json();
        assertThat(reopened.at("/answer/report/summary/events").asInt()).isEqualTo(3);
        assertThat(reopened.at("/answer/svg").asText()).startsWith("<");
        assertThat(owner.get(runs + "?kind=guesses").body()).contains("kind").contains("insights or analytics");
        assertThat(owner.get(runs + "/run_none").status()).isEqualTo(404);
    }

    @BothDatabases
    void aKeptInsightRunIsAcceptedAfterARestartWithEveryItemBehindItsCard(Backend backend) {
        TestServer first = backend.start();
        Caller owner = first.signUp("owner");
        String email = owner.get("/api/v1/me").json().at("/user/email").asText();
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        JsonNode job = Feedback.finishedJob(owner, path);
        String runs = "/api/v1/workspaces/" + ws + "/runs";
        awaitDone(owner, runs + "?journey=j1&kind=insights");
        JsonNode pain = null;
        for (JsonNode suggestion : job.at("/report/suggestions")) {
            if (suggestion.get("kind").asText().equals("pain-point")) {
                pain = suggestion;
            }
        }
        assertThat(pain).as(job.toString()).isNotNull();
        first.close();

        // a new server over the same store holds no job in memory: only the kept run has the suggestions
        TestServer second = backend.start();
        Caller again = second.signIn(email, TestServer.PASSWORD);
        String jobId = job.get("id").asText();
        JsonNode reopened = again.get(runs + "/" + jobId).json();
        String accept = path + "/insights/jobs/" + jobId + "/accept?accept=";
        Reply unknown = again.send("POST", accept + "pain-t99", null, null, "If-Match", "\"1\"");
        Reply badEdit = again.send(
                "POST",
                accept + pain.get("id").asText(),
                "{\"edits\":{\"" + pain.get("id").asText() + "\":{\"severity\":\"awful\"}}}",
                "application/json",
                "If-Match",
                "\"1\"");
        Reply notKept =
                again.send("POST", path + "/insights/jobs/job_none/accept?accept=all", null, null, "If-Match", "\"1\"");
        Reply accepted = again.send(
                "POST",
                accept + pain.get("id").asText(),
                "{\"edits\":{\"" + pain.get("id").asText() + "\":{\"title\":\"Sign-up hurts\"}}}",
                "application/json",
                "If-Match",
                "\"1\"");

        assertThat(reopened.at("/answer/suggestions").size())
                .isEqualTo(job.at("/report/suggestions").size());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("pain-t99").contains(pain.get("id").asText());
        assertThat(badEdit.status()).isEqualTo(400);
        assertThat(badEdit.body()).contains("edits." + pain.get("id").asText() + ".severity");
        assertThat(notKept.status()).isEqualTo(404);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonNode card = null;
        for (JsonNode c : accepted.json().get("cards")) {
            if (c.get("text").asText().equals("Sign-up hurts")) {
                card = c;
            }
        }
        assertThat(card).as(accepted.json().toString()).isNotNull();
        String themeRecord = card.get("evidenceIds").get(0).asText();
        JsonNode items = again.get("/api/v1/workspaces/" + ws + "/evidence/" + themeRecord + "/items?limit=200")
                .json();
        assertThat(items.get("total").asInt())
                .isEqualTo(pain.get("evidenceCount").asInt());
        assertThat(items.at("/items/0/representative").asBoolean()).isTrue();
        assertThat(items.at("/items/0/location").asText()).startsWith("survey.csv:");
        assertThat(again.get("/api/v1/workspaces/" + ws + "/evidence/" + themeRecord)
                        .json()
                        .at("/evidence/source")
                        .asText())
                .isEqualTo("survey.csv");
    }

    /** The insight run's record is finished on the analysis thread just after the job reports done. */
    private static JsonNode awaitDone(Caller owner, String list) {
        for (int i = 0; i < 100; i++) {
            JsonNode runs = owner.get(list).json();
            if (runs.size() == 1 && runs.get(0).get("state").asText().equals("done")) {
                return runs.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the run was not kept as done: " + owner.get(list));
    }
}
