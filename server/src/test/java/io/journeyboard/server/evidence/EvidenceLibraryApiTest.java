package io.journeyboard.server.evidence;

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
import java.util.List;

class EvidenceLibraryApiTest {

    @BothDatabases
    void anAcceptedSuggestionKeepsEveryItemOfItsThemeBehindTheCardRepresentativeQuotesFirst(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        JsonNode job = Feedback.finishedJob(owner, path);
        JsonNode painPoint = null;
        for (JsonNode suggestion : job.at("/report/suggestions")) {
            if (suggestion.get("kind").asText().equals("pain-point")) {
                painPoint = suggestion;
            }
        }
        assertThat(painPoint).as(job.toString()).isNotNull();
        String id = painPoint.get("id").asText();
        Reply accepted = owner.send(
                "POST",
                path + "/insights/jobs/" + job.get("id").asText() + "/accept?accept=" + id,
                null,
                null,
                "If-Match",
                "\"1\"");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonNode card = null;
        for (JsonNode c : accepted.json().get("cards")) {
            if (c.get("id").asText().startsWith("insight-")) {
                card = c;
            }
        }
        assertThat(card).isNotNull();
        String themeRecord = card.get("evidenceIds").get(0).asText();
        String library = "/api/v1/workspaces/" + ws + "/evidence";

        JsonNode items =
                owner.get(library + "/" + themeRecord + "/items?limit=200").json();
        int quotes = painPoint.get("quotes").size();
        assertThat(items.get("total").asInt())
                .isEqualTo(painPoint.get("evidenceCount").asInt())
                .isGreaterThan(quotes);
        List<Boolean> representative = new ArrayList<>();
        items.get("items")
                .forEach(item -> representative.add(item.get("representative").asBoolean()));
        assertThat(representative.subList(0, quotes)).containsOnly(true);
        assertThat(representative.subList(quotes, representative.size())).containsOnly(false);
        assertThat(items.at("/items/0/location").asText()).startsWith("survey.csv:");

        // an item that is not one of the quotes is found by searching the library
        JsonNode hidden = items.get("items").get(quotes);
        String word = hidden.get("text").asText().split(" ")[2];
        JsonNode found = owner.get("/api/v1/workspaces/" + ws + "/evidence-library?q=" + word)
                .json();
        assertThat(found.get("records").findValuesAsText("id")).contains(themeRecord);
        JsonNode opened = owner.get(library + "/" + themeRecord).json();
        assertThat(opened.get("items").asInt()).isEqualTo(items.get("total").asInt());
        assertThat(opened.at("/citedBy/0/cardId").asText())
                .isEqualTo(card.get("id").asText());
        assertThat(opened.at("/citedBy/0/journeyName").asText()).isEqualTo("Onboarding");
    }

    @BothDatabases
    void aRecordIsAddedEditedAndABadEditIsNamedAndChangesNothing(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String library = "/api/v1/workspaces/" + ws + "/evidence";
        Reply added = owner.post(
                library, "{\"id\":\"ev-call\",\"kind\":\"interview\",\"source\":\"Call 3\",\"summary\":\"Too slow\"}");
        Reply again = owner.post(library, "{\"id\":\"ev-call\",\"kind\":\"interview\",\"summary\":\"Twice\"}");
        Reply edited = owner.put(
                library + "/ev-call",
                "{\"kind\":\"survey\",\"source\":\"Survey 2026\",\"summary\":\"Far too slow\","
                        + "\"recorded\":\"2026-03-14\"}");
        Reply badDate =
                owner.put(library + "/ev-call", "{\"kind\":\"survey\",\"summary\":\"x\",\"recorded\":\"soon\"}");
        Reply badLink = owner.put(library + "/ev-call", "{\"kind\":\"survey\",\"url\":\"javascript:alert(1)\"}");
        Reply badKind = owner.put(library + "/ev-call", "{\"kind\":\"rumour\",\"summary\":\"x\"}");
        Reply otherId = owner.put(library + "/ev-call", "{\"id\":\"ev-other\",\"kind\":\"survey\",\"summary\":\"x\"}");
        Reply missing = owner.put(library + "/ev-none", "{\"kind\":\"survey\",\"summary\":\"x\"}");

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("recorded").contains("YYYY-MM-DD");
        assertThat(badLink.body()).contains("url").contains("https://");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind");
        assertThat(otherId.body()).contains("ev-call");
        assertThat(missing.status()).isEqualTo(404);
        JsonNode record = owner.get(library + "/ev-call").json().get("evidence");
        assertThat(record.get("summary").asText()).isEqualTo("Far too slow");
        assertThat(record.get("kind").asText()).isEqualTo("survey");
        JsonNode search = owner.get("/api/v1/workspaces/" + ws + "/evidence-library?q=FAR%20TOO&kind=survey")
                .json();
        assertThat(search.get("total").asInt()).isEqualTo(1);
        assertThat(search.at("/records/0/citedBy").asInt()).isZero();
    }

    @BothDatabases
    void badListParametersAreNamedWithHowToWriteThem(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Reply limit = owner.get("/api/v1/workspaces/" + ws + "/evidence-library?limit=5000");
        Reply kind = owner.get("/api/v1/workspaces/" + ws + "/evidence-library?kind=gossip");
        Reply offset = owner.get("/api/v1/workspaces/" + ws + "/evidence-library?offset=minus");

        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.body()).contains("limit").contains("1 to 200");
        assertThat(kind.body()).contains("kind").contains("interview");
        assertThat(offset.body()).contains("offset").contains("whole number");
    }
}
