package io.journeyboard.server.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.util.List;
import java.util.stream.StreamSupport;

class JourneyFilingApiTest {

    private static List<String> names(JsonNode tiles) {
        return StreamSupport.stream(tiles.spliterator(), false)
                .map(t -> t.get("name").asText())
                .toList();
    }

    @BothDatabases
    void renameIsAVersionedWriteAndAStaleOneIsRefusedWith409(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply renamed = owner.put(path + "/name", "{\"name\":\"  First week \"}", "If-Match", "\"1\"");
        Reply stale = owner.put(path + "/name", "{\"name\":\"Theirs\"}", "If-Match", "\"1\"");

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.etag()).isEqualTo("\"2\"");
        assertThat(owner.get(path).json().get("name").asText()).isEqualTo("First week");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(owner.get(path + "/versions").json().get(0).get("summary").asText())
                .contains("renamed the journey to 'First week'");
    }

    @BothDatabases
    void anEmptyOrOverlongNameIsRefusedWithItsFieldAndNothingChanges(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply empty = owner.put(path + "/name", "{\"name\":\"   \"}", "If-Match", "\"1\"");
        Reply overlong = owner.put(path + "/name", "{\"name\":\"" + "x".repeat(201) + "\"}", "If-Match", "\"1\"");
        Reply unknown = owner.put(path.replace("j1", "nope") + "/name", "{\"name\":\"A\"}", "If-Match", "\"1\"");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().at("/errors/0/path").asText()).isEqualTo("name");
        assertThat(empty.json().at("/errors/0/message").asText()).contains("must not be empty");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.json().at("/errors/0/message").asText()).contains("201 characters");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("no journey 'nope'");
        assertThat(owner.get(path).etag()).isEqualTo("\"1\"");
    }

    @BothDatabases
    void duplicatesAreNamedCopyThenCopy2AndKeepTheTags(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        owner.put(path + "/tags/Q4%20review", null);

        Reply first = owner.post(path + "/duplicate", null);
        Reply second = owner.post(path + "/duplicate", null);
        Reply ofCopy = owner.post("/api/v1/workspaces/" + ws + "/journeys/j1-copy/duplicate", null);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("name").asText()).isEqualTo("Onboarding (copy)");
        assertThat(first.json().get("id").asText()).isEqualTo("j1-copy");
        assertThat(second.json().get("name").asText()).isEqualTo("Onboarding (copy 2)");
        assertThat(ofCopy.json().get("name").asText()).isEqualTo("Onboarding (copy 3)");
        JsonNode tiles =
                owner.get("/api/v1/workspaces/" + ws + "/journey-tiles").json();
        assertThat(names(tiles))
                .containsExactly("Onboarding", "Onboarding (copy 2)", "Onboarding (copy 3)", "Onboarding (copy)");
        assertThat(tiles.get(3).get("tags").get(0).asText()).isEqualTo("Q4 review");
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys/j1-copy")
                        .json()
                        .at("/cards/0/text")
                        .asText())
                .isEqualTo("Reads pricing");
    }

    @BothDatabases
    void aTemplateStartedTwiceGetsADistinctName(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply first = owner.post("/api/v1/workspaces/" + ws + "/templates/saas-trial", null);
        Reply second = owner.post("/api/v1/workspaces/" + ws + "/templates/saas-trial", null);

        String name = first.json().get(0).get("name").asText();
        assertThat(second.json().get(0).get("name").asText()).isEqualTo(name + " (copy)");
    }

    @BothDatabases
    void tilesSayStatePersonasAndTagsAndHideArchivedJourneysUnlessAsked(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String kept = Fixtures.journeyIn(owner, ws, "kept");
        String old = Fixtures.journeyIn(owner, ws, "old");
        owner.put(old + "/name", "{\"name\":\"Old map\"}", "If-Match", "\"1\"");
        owner.put(kept + "/tags/retail", null);
        owner.put(kept + "/tags/Retail", null);

        Reply archived = owner.put(old + "/archived", "{\"archived\":true}");
        String tiles = "/api/v1/workspaces/" + ws + "/journey-tiles";

        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        JsonNode shown = owner.get(tiles).json();
        assertThat(names(shown)).containsExactly("Onboarding");
        assertThat(shown.get(0).get("state").asText()).isEqualTo("current");
        assertThat(shown.get(0).at("/personas/0/name").asText()).isEqualTo("Ada");
        assertThat(shown.get(0).get("tags").size()).isEqualTo(1);
        assertThat(shown.get(0).get("thumbnail").asText()).endsWith("/journeys/kept/thumbnail?v=1");
        JsonNode all = owner.get(tiles + "?archived=true").json();
        assertThat(names(all)).containsExactly("Old map", "Onboarding");
        assertThat(all.get(0).get("archived").asBoolean()).isTrue();
        assertThat(owner.get(old).status()).isEqualTo(200);

        owner.put(old + "/archived", "{\"archived\":false}");
        assertThat(names(owner.get(tiles).json())).containsExactly("Old map", "Onboarding");
        assertThat(owner.get(tiles + "?archived=maybe")
                        .json()
                        .at("/errors/0/path")
                        .asText())
                .isEqualTo("archived");
        assertThat(owner.put(old + "/archived", "{}")
                        .json()
                        .at("/errors/0/path")
                        .asText())
                .isEqualTo("archived");
    }

    @BothDatabases
    void tagsAreAddedOnceRemovedInAnyCaseAndABadTagIsRefusedWithItsReason(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");

        owner.put(path + "/tags/onboarding", null);
        Reply added = owner.put(path + "/tags/B2B", null);
        Reply tooLong = owner.put(path + "/tags/" + "t".repeat(41), null);
        Reply blank = owner.put(path + "/tags/%20%20", null);
        Reply unknown = owner.put("/api/v1/workspaces/" + ws + "/journeys/nope/tags/a", null);
        Reply removed = owner.delete(path + "/tags/b2b");

        assertThat(added.json().get("tags").toString()).isEqualTo("[\"B2B\",\"onboarding\"]");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/path").asText()).isEqualTo("tag");
        assertThat(tooLong.json().at("/errors/0/message").asText())
                .contains("41 characters")
                .contains("at most 40");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(removed.status()).isEqualTo(204);
        JsonNode tile =
                owner.get("/api/v1/workspaces/" + ws + "/journey-tiles").json().get(0);
        assertThat(tile.get("tags").toString()).isEqualTo("[\"onboarding\"]");
        assertThat(owner.get(path).etag()).as("filing writes no version").isEqualTo("\"1\"");
    }
}
