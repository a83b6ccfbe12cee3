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

class InsightApiTest {

    @BothDatabases
    void uploadedFeedbackGivesThemesAndSuggestionsPlacedOnTheJourney(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply report =
                owner.send("POST", path + "/insights?file=survey.csv&text=comment", Feedback.SURVEY_CSV, "text/csv");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().get("items")).hasSize(12);
        assertThat(report.json().get("themes").size()).isPositive();
        JsonNode painPoint = first(report.json().get("suggestions"), "pain-point");
        assertThat(painPoint).as(report.body()).isNotNull();
        assertThat(painPoint.toString()).contains("st2");
    }

    @BothDatabases
    void acceptingSuggestionsAddsCardsWithEvidenceAsANewVersion(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");

        Reply accepted = owner.send(
                "POST",
                path + "/insights/accept?file=survey.csv&text=comment&accept=all",
                Feedback.SURVEY_CSV,
                "text/csv",
                "If-Match",
                "\"1\"");
        Reply stale = owner.send(
                "POST",
                path + "/insights/accept?file=survey.csv&text=comment&accept=all",
                Feedback.SURVEY_CSV,
                "text/csv",
                "If-Match",
                "\"1\"");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.etag()).isEqualTo("\"2\"");
        JsonNode cards = owner.get(path).json().get("cards");
        assertThat(cards.size()).isGreaterThan(1);
        assertThat(cards.findValuesAsText("stepId")).contains("st2");
        assertThat(cards.findValues("evidenceIds")).isNotEmpty();
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/evidence").json().size())
                .isPositive();
        assertThat(stale.status()).isEqualTo(409);
    }

    @BothDatabases
    void badUploadsAreRefusedAndChangeNothing(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");

        Reply noName = owner.send("POST", path + "/insights", Feedback.SURVEY_CSV, "text/csv");
        Reply wrongColumn = owner.send(
                "POST",
                path + "/insights/accept?file=survey.csv&text=answer&accept=all",
                Feedback.SURVEY_CSV,
                "text/csv",
                "If-Match",
                "\"1\"");
        Reply unknownSuggestion = owner.send(
                "POST",
                path + "/insights/accept?file=survey.csv&text=comment&accept=pain-nope",
                Feedback.SURVEY_CSV,
                "text/csv",
                "If-Match",
                "\"1\"");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("file=survey.csv");
        assertThat(wrongColumn.status()).isEqualTo(400);
        assertThat(wrongColumn.body()).contains("answer", "nothing was changed");
        assertThat(unknownSuggestion.status()).isEqualTo(400);
        assertThat(unknownSuggestion.body()).contains("there is no suggestion 'pain-nope'");
        assertThat(owner.get(path).etag()).isEqualTo("\"1\"");
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/evidence").json()).isEmpty();
    }

    private static JsonNode first(JsonNode suggestions, String kind) {
        for (JsonNode suggestion : suggestions) {
            if (kind.equals(suggestion.path("kind").asText())) {
                return suggestion;
            }
        }
        return null;
    }
}
