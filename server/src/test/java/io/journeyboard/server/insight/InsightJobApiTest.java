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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightJobApiTest {

    /** One server-sent event: its name and its data as JSON. */
    private record Event(String name, JsonNode data) {}

    @BothDatabases
    void aJobRunsInTheBackgroundAndItsSuggestionsCanBeAcceptedOnce(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");

        Reply started = owner.send(
                "POST", path + "/insights/jobs?file=survey.csv&text=comment", Feedback.SURVEY_CSV, "text/csv");
        JsonNode finished = Feedback.awaitFinished(owner, started.header("Location"));
        Reply accepted =
                owner.send("POST", started.header("Location") + "/accept?accept=all", null, null, "If-Match", "\"1\"");
        Reply again =
                owner.send("POST", started.header("Location") + "/accept?accept=all", null, null, "If-Match", "\"1\"");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("total").asInt()).isEqualTo(12);
        assertThat(started.json().get("state").asText()).isIn("queued", "embedding", "themes", "done");
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("done");
        assertThat(finished.get("done").asInt()).isEqualTo(12);
        assertThat(finished.at("/report/items")).hasSize(12);
        assertThat(finished.at("/report/suggestions").findValuesAsText("kind")).contains("pain-point");
        assertThat(finished.at("/report/suggestions").findValuesAsText("location"))
                .as("quotes name the upload as its user knows it")
                .isNotEmpty()
                .allMatch(location -> location.startsWith("survey.csv:"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.etag()).isEqualTo("\"2\"");
        assertThat(owner.get(path).json().get("cards").findValues("evidenceIds"))
                .isNotEmpty();
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/evidence").json().size())
                .isPositive();
        assertThat(again.status()).isEqualTo(409);
    }

    @BothDatabases
    void aSuggestionIsEditedBeforeItIsAcceptedAndABadEditChangesNothing(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        Reply started = owner.send(
                "POST", path + "/insights/jobs?file=survey.csv&text=comment", Feedback.SURVEY_CSV, "text/csv");
        JsonNode finished = Feedback.awaitFinished(owner, started.header("Location"));
        JsonNode painPoint = null;
        for (JsonNode suggestion : finished.at("/report/suggestions")) {
            if (suggestion.get("kind").asText().equals("pain-point")
                    && suggestion.path("placement").hasNonNull("step")) {
                painPoint = suggestion;
                break;
            }
        }
        assertThat(painPoint).as("a placed pain point in " + finished).isNotNull();
        String id = painPoint.get("id").asText();
        String accept = started.header("Location") + "/accept?accept=" + id;

        Reply refused = owner.send(
                "POST",
                accept,
                "{\"edits\":{\"" + id + "\":{\"severity\":\"unbearable\"}}}",
                "application/json",
                "If-Match",
                "\"1\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("edits." + id + ".severity").contains("low, medium, high, critical");
        assertThat(owner.get(path).etag()).isEqualTo("\"1\"");

        Reply accepted = owner.send(
                "POST",
                accept,
                "{\"edits\":{\"" + id
                        + "\":{\"title\":\"Checkout asks for the card twice\",\"severity\":\"critical\",\"stepId\":\"st1\"}}}",
                "application/json",
                "If-Match",
                "\"1\"");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonNode card = null;
        for (JsonNode c : accepted.json().get("cards")) {
            if (c.get("text").asText().equals("Checkout asks for the card twice")) {
                card = c;
            }
        }
        assertThat(card)
                .as("the edited card in " + accepted.json().get("cards"))
                .isNotNull();
        assertThat(card.get("severity").asText()).isEqualTo("critical");
        assertThat(card.get("stepId").asText()).isEqualTo("st1");
    }

    @BothDatabases
    void progressArrivesAsEventsThatEndWithTheReport(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply started = owner.send("POST", path + "/insights/jobs?file=reviews.csv", Feedback.yelpCsv(400), "text/csv");
        Reply stream = owner.get(started.header("Location") + "/events", "Accept", "text/event-stream");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        List<Event> events = events(stream.body());
        Event last = events.getLast();
        assertThat(last.name()).as(stream.body()).isEqualTo("done");
        assertThat(last.data().at("/report/items")).hasSize(400);
        List<Event> progress = events.subList(0, events.size() - 1);
        assertThat(progress).isNotEmpty().allSatisfy(event -> {
            assertThat(event.name()).isEqualTo("progress");
            assertThat(event.data().get("total").asInt()).isEqualTo(400);
            assertThat(event.data().has("report")).isFalse();
        });
        assertThat(progress.stream()
                        .map(event -> event.data().get("done").asInt())
                        .toList())
                .isSorted();
    }

    @BothDatabases
    void wrongRequestsAreAnsweredWithWhatToDoAndStartNothing(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        String job = Feedback.finishedJob(owner, path).get("id").asText();
        String otherJourney = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j2");

        Reply wrongColumn = owner.send(
                "POST", path + "/insights/jobs?file=survey.csv&text=answer", Feedback.SURVEY_CSV, "text/csv");
        Reply unknown = owner.get(path + "/insights/jobs/job_nope");
        Reply viaOtherJourney = owner.get(otherJourney + "/insights/jobs/" + job);
        Reply notAStream = owner.get(path + "/insights/jobs/" + job + "/events");
        Reply nothingChosen =
                owner.send("POST", path + "/insights/jobs/" + job + "/accept", null, null, "If-Match", "\"1\"");
        Reply noVersion = owner.send("POST", path + "/insights/jobs/" + job + "/accept?accept=all", null, null);

        assertThat(wrongColumn.status()).isEqualTo(400);
        assertThat(wrongColumn.body()).contains("answer", "nothing was changed");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("no feedback analysis 'job_nope'");
        assertThat(viaOtherJourney.status()).isEqualTo(404);
        assertThat(notAStream.status()).isEqualTo(406);
        assertThat(notAStream.body()).contains("Accept: text/event-stream");
        assertThat(nothingChosen.status()).isEqualTo(400);
        assertThat(nothingChosen.body()).contains("accept=all");
        assertThat(noVersion.status()).isEqualTo(428);
        assertThat(owner.get(path).etag()).isEqualTo("\"1\"");
    }

    @Test
    void aThirdAnalysisOfOneUserWaitingBehindTwoIsRefused(@TempDir Path dir) {
        try (Backend backend = Backend.h2(dir)) {
            TestServer server = backend.start();
            Caller owner = server.signUp("owner");
            String ws = Fixtures.workspace(owner);
            String path = Fixtures.journeyIn(owner, ws, "j1");
            Caller other = Fixtures.member(server, owner, ws, "viewer");
            String reviews = Feedback.yelpCsv(1000);

            List<Reply> replies = new ArrayList<>();
            for (int i = 0; i < InsightJobs.MAX_WAITING_PER_USER + 1; i++) {
                replies.add(owner.send("POST", path + "/insights/jobs?file=reviews.csv", reviews, "text/csv"));
            }
            Reply othersJob = other.send(
                    "POST", path + "/insights/jobs?file=survey.csv&text=comment", Feedback.SURVEY_CSV, "text/csv");

            assertThat(replies.subList(0, InsightJobs.MAX_WAITING_PER_USER))
                    .extracting(Reply::status)
                    .containsOnly(202);
            Reply refused = replies.getLast();
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("60");
            assertThat(refused.body()).contains("try again when one has finished");
            assertThat(othersJob.status())
                    .as("another user's upload is not held up")
                    .isEqualTo(202);
        }
    }

    private static List<Event> events(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()).strip());
                }
            }
            if (name != null) {
                events.add(new Event(name, new Reply(200, data.toString(), null).json()));
            }
        }
        return events;
    }
}
