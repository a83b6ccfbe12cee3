package io.journeyboard.server.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class TrashApiTest {

    @BothDatabases
    void aDeletedJourneyWaitsInTheTrashAndIsRestoredAsItWas(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        owner.put(path + "/tags/keep", null);
        owner.delete(path, "If-Match", "\"1\"");
        String trash = "/api/v1/workspaces/" + ws + "/trash";

        Reply listed = owner.get(trash);
        assertThat(listed.json().get(0).get("id").asText()).isEqualTo("j1");
        assertThat(listed.json().get(0).get("deletedBy").asText()).isEqualTo("owner");
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journey-tiles")
                        .json()
                        .size())
                .isZero();

        Reply restored = owner.post(trash + "/j1/restore", null);

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.etag()).isEqualTo("\"3\"");
        assertThat(owner.get(path).json().at("/cards/0/text").asText()).isEqualTo("Reads pricing");
        assertThat(owner.get(trash).json().size()).isZero();
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journey-tiles")
                        .json()
                        .get(0)
                        .get("tags")
                        .get(0)
                        .asText())
                .isEqualTo("keep");
        assertThat(owner.post(trash + "/j1/restore", null).status()).isEqualTo(404);
    }

    @BothDatabases
    void onlyAnOwnerPurgesAndAPurgedJourneyLeavesNothingBehind(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Caller editor = Fixtures.member(server, owner, ws, "editor");
        String path = Fixtures.journeyIn(owner, ws, "j1");
        owner.post(path + "/comments", "{\"body\":\"a note\"}");
        owner.post(path + "/share-links", "{}");
        owner.put(path + "/tags/x", null);
        String trash = "/api/v1/workspaces/" + ws + "/trash";

        Reply notInTrash = owner.delete(trash + "/j1");
        owner.delete(path, "If-Match", "\"1\"");
        Reply byEditor = editor.delete(trash + "/j1");
        Reply byOwner = owner.delete(trash + "/j1");

        assertThat(notInTrash.status()).isEqualTo(404);
        assertThat(notInTrash.json().get("detail").asText()).contains("delete it first");
        assertThat(byEditor.status()).isEqualTo(403);
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(204);
        assertThat(owner.get(trash).json().size()).isZero();
        assertThat(owner.get(path + "/versions").status()).isEqualTo(404);
        // the id is free again: nothing of the purged journey is left to clash with
        assertThat(owner.post("/api/v1/workspaces/" + ws + "/journeys", Fixtures.journey("j1"))
                        .status())
                .isEqualTo(201);
        assertThat(owner.get(path + "/comments").json().size()).isZero();
    }
}
