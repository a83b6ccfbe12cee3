package io.journeyboard.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Feedback;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class EvidenceHistoryApiTest {

    @BothDatabases
    void everyChangeToARecordIsReadAsASentenceNamingWhoWhatAndWhen(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("Olga");
        String ws = Fixtures.workspace(owner);
        Caller editor = Fixtures.member(server, owner, ws, "editor");
        String record = "/api/v1/workspaces/" + ws + "/evidence/ev-call";
        owner.post(
                "/api/v1/workspaces/" + ws + "/evidence",
                "{\"id\":\"ev-call\",\"kind\":\"interview\",\"source\":\"Call 3\",\"summary\":\"Too slow\"}");
        Reply edited = editor.put(
                record,
                "{\"kind\":\"interview\",\"source\":\"Call 4\",\"summary\":\"Far too slow\",\"recorded\":\"2026-03-14\"}");
        Reply unchanged = editor.put(
                record,
                "{\"kind\":\"interview\",\"source\":\"Call 4\",\"summary\":\"Far too slow\",\"recorded\":\"2026-03-14\"}");
        Reply refused = editor.put(record, "{\"kind\":\"interview\",\"summary\":\"x\",\"recorded\":\"soon\"}");

        JsonNode entries = owner.get(record + "/history").json().get("entries");

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(entries)
                .as("added, then one edit; the unchanged and refused edits wrote nothing")
                .hasSize(2);
        assertThat(entries.at("/0/action").asText()).isEqualTo("added");
        assertThat(entries.at("/0/changedBy").asText()).isEqualTo("Olga");
        assertThat(entries.at("/0/sentence").asText())
                .startsWith("Olga added the record on ")
                .endsWith(" UTC.");
        assertThat(entries.at("/1/action").asText()).isEqualTo("edited");
        assertThat(entries.at("/1/fields").findValuesAsText("field")).containsExactly("summary", "source", "recorded");
        assertThat(entries.at("/1/sentence").asText())
                .startsWith("editor changed the text from “Too slow” to “Far too slow”, the source from “Call 3” to "
                        + "“Call 4” and the date to “2026-03-14” (it was empty) on ");
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/evidence/ev-none/history")
                        .status())
                .isEqualTo(404);
    }

    @BothDatabases
    void aCitedRecordIsNotDeletedAndTheRefusalNamesWhatCitesIt(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        JsonNode job = Feedback.finishedJob(owner, path);
        Reply accepted = owner.send(
                "POST",
                path + "/insights/jobs/" + job.get("id").asText() + "/accept?accept=all",
                null,
                null,
                "If-Match",
                "\"1\"");
        JsonNode card = insightCard(accepted.json());
        String themeRecord = card.get("evidenceIds").get(0).asText();
        String library = "/api/v1/workspaces/" + ws + "/evidence";
        owner.post(library, "{\"id\":\"ev-persona\",\"kind\":\"interview\",\"summary\":\"Ada's interview\"}");
        Reply persona = owner.post(
                "/api/v1/workspaces/" + ws + "/personas",
                "{\"id\":\"p-interviewed\",\"name\":\"Ada\",\"evidenceIds\":[\"ev-persona\"]}");
        assertThat(persona.status()).as(persona.toString()).isEqualTo(201);

        Reply citedByCard = owner.delete(library + "/" + themeRecord);
        Reply citedByPersona = owner.delete(library + "/ev-persona");

        assertThat(citedByCard.status()).as(citedByCard.toString()).isEqualTo(409);
        assertThat(citedByCard.body())
                .contains("the card “" + card.get("text").asText() + "” (Onboarding, ")
                .contains("detach it");
        assertThat(citedByPersona.status()).isEqualTo(409);
        assertThat(citedByPersona.body()).contains("the persona “Ada”");
        assertThat(owner.get(library + "/" + themeRecord).status()).isEqualTo(200);

        // once the card no longer cites it, the record goes with the feedback items behind it
        ObjectNode journey = (ObjectNode) owner.get(path).json();
        for (JsonNode c : journey.get("cards")) {
            if (c.get("id").asText().equals(card.get("id").asText())) {
                ArrayNode kept = ((ObjectNode) c).putArray("evidenceIds");
                card.get("evidenceIds").forEach(id -> {
                    if (!id.asText().equals(themeRecord)) {
                        kept.add(id);
                    }
                });
            }
        }
        Reply detached = owner.put(path, journey.toString(), "If-Match", "\"2\"");
        assertThat(detached.status()).as(detached.toString()).isEqualTo(200);
        Reply deleted = owner.delete(library + "/" + themeRecord);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(owner.get(library + "/" + themeRecord).status()).isEqualTo(404);
        assertThat(owner.get(library + "/" + themeRecord + "/items").status()).isEqualTo(404);
        assertThat(owner.get(library + "/" + themeRecord + "/history")
                        .json()
                        .at("/entries/0/sentence")
                        .asText())
                .startsWith("owner deleted the record on ");
        assertThat(owner.delete(library + "/" + themeRecord).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/evidence-library?q=" + themeRecord)
                        .json()
                        .get("records")
                        .findValuesAsText("id"))
                .doesNotContain(themeRecord)
                .isNotEmpty();
    }

    private static JsonNode insightCard(JsonNode journey) {
        for (JsonNode c : journey.get("cards")) {
            if (c.get("id").asText().startsWith("insight-")) {
                return c;
            }
        }
        throw new AssertionError("no accepted card in " + journey);
    }
}
