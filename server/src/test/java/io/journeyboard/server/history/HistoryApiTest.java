package io.journeyboard.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class HistoryApiTest {

    @BothDatabases
    void everyWriteIsAVersionWithAuthorAndSummary(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Caller editor = Fixtures.member(server, owner, ws, "editor");
        String path = Fixtures.journeyIn(owner, ws, "j1");
        editor.put(path, Fixtures.journey("j1").replace("Onboarding", "Renamed"), "If-Match", "\"1\"");

        JsonNode versions = owner.get(path + "/versions").json();

        assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
        assertThat(versions.get(0).get("authorName").asText()).isEqualTo("editor");
        assertThat(versions.get(0).get("summary").asText()).isEqualTo("renamed the journey 'Onboarding' to 'Renamed'");
        assertThat(versions.get(1).get("authorName").asText()).isEqualTo("owner");
        assertThat(versions.get(0).get("createdAt").asText()).isNotBlank();
    }

    @BothDatabases
    void oldVersionIsShownWithItsFullDocument(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        owner.put(path, Fixtures.journey("j1").replace("Onboarding", "Renamed"), "If-Match", "\"1\"");

        Reply first = owner.get(path + "/versions/1");

        assertThat(first.json().at("/document/name").asText()).isEqualTo("Onboarding");
        assertThat(owner.get(path + "/versions/9").status()).isEqualTo(404);
    }

    @BothDatabases
    void diffListsWhatChangedBetweenTwoVersions(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        owner.put(path, Fixtures.journey("j1").replace("Reads pricing", "Compares plans"), "If-Match", "\"1\"");

        JsonNode diff = owner.get(path + "/diff?from=1&to=2").json();

        assertThat(diff.get("changes")).hasSize(1);
        assertThat(diff.at("/changes/0/path").asText()).isEqualTo("cards[id=c1].text");
        assertThat(diff.at("/changes/0/op").asText()).isEqualTo("changed");
        assertThat(diff.at("/changes/0/before").asText()).isEqualTo("Reads pricing");
        assertThat(diff.at("/changes/0/after").asText()).isEqualTo("Compares plans");
        assertThat(owner.get(path + "/diff?from=1").status()).isEqualTo(400);
    }

    @BothDatabases
    void restoreWritesTheOldDocumentAsANewVersionAndKeepsTheOthers(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        owner.put(path, Fixtures.journey("j1").replace("Onboarding", "Second"), "If-Match", "\"1\"");

        Reply restored = owner.post(path + "/versions/1/restore", "", "If-Match", "\"2\"");

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.etag()).isEqualTo("\"3\"");
        assertThat(owner.get(path).json().get("name").asText()).isEqualTo("Onboarding");
        assertThat(owner.get(path + "/versions").json().findValuesAsText("summary"))
                .containsExactly(
                        "restored version 1", "renamed the journey 'Onboarding' to 'Second'", "created the journey");
        assertThat(owner.get(path + "/versions/2").json().at("/document/name").asText())
                .isEqualTo("Second");
    }

    @BothDatabases
    void restoreFromAStaleVersionIsAConflict(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        owner.put(path, Fixtures.journey("j1").replace("Onboarding", "Second"), "If-Match", "\"1\"");

        assertThat(owner.post(path + "/versions/1/restore", "", "If-Match", "\"1\"")
                        .status())
                .isEqualTo(409);
    }

    @BothDatabases
    void deletedJourneyComesBackByRestoringAVersion(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        owner.delete(path, "If-Match", "\"1\"");

        Reply restored = owner.post(path + "/versions/1/restore", "", "If-Match", "\"2\"");

        assertThat(restored.status()).isEqualTo(200);
        assertThat(owner.get(path).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json().findValuesAsText("id"))
                .containsExactly("j1");
    }

    @BothDatabases
    void summariesAreSentencesNamingWhatChanged(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        String withLane = Fixtures.journey("j1")
                .replace("Reads pricing", "Compares plans")
                .replace(
                        "\"lanes\":[",
                        "\"lanes\":[{\"id\":\"l-truth\",\"kind\":\"moments_of_truth\",\"title\":\"Moments of truth\"},");
        Reply saved = owner.put(path, withLane, "If-Match", "\"1\"");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        assertThat(owner.get(path + "/versions").json().get(0).get("summary").asText())
                .isEqualTo("added lane 'Moments of truth'; changed card 'Reads pricing' to 'Compares plans'");
    }

    @BothDatabases
    void aSaveThatChangesNothingWritesNoVersion(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply same = owner.put(path, Fixtures.journey("j1"), "If-Match", "\"1\"");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.etag()).isEqualTo("\"1\"");
        assertThat(owner.get(path + "/versions").json()).hasSize(1);
    }

    @BothDatabases
    void aVersionIsNamedRenamedAndUnnamedByEditorsOnly(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Caller viewer = Fixtures.member(server, owner, ws, "viewer");
        String path = Fixtures.journeyIn(owner, ws, "j1");

        Reply named = owner.patch(path + "/versions/1", "{\"name\":\"  before workshop \"}");
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().get("name").asText()).isEqualTo("before workshop");
        assertThat(owner.get(path + "/versions").json().get(0).get("name").asText())
                .isEqualTo("before workshop");
        assertThat(owner.get(path + "/versions/1").json().get("name").asText()).isEqualTo("before workshop");

        assertThat(viewer.patch(path + "/versions/1", "{\"name\":\"mine\"}").status())
                .isEqualTo(403);
        Reply tooLong = owner.patch(path + "/versions/1", "{\"name\":\"" + "x".repeat(201) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("name");
        assertThat(owner.patch(path + "/versions/7", "{\"name\":\"later\"}").status())
                .isEqualTo(404);

        assertThat(owner.patch(path + "/versions/1", "{\"name\":\"\"}").json().has("name"))
                .as("no name any more")
                .isFalse();
    }
}
