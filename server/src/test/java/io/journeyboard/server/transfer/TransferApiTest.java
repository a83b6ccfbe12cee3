package io.journeyboard.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.template.Templates;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class TransferApiTest {

    private static final String MERMAID = """
            journey
                title Buy boots
                section Browse
                  Find boots: 4: Shopper
                section Pay
                  Checkout: 2: Shopper
            """;

    @BothDatabases
    void exportedJsonImportsIntoAnotherWorkspaceUnchanged(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        String other = owner.post("/api/v1/workspaces", "{\"name\":\"Other\"}")
                .json()
                .get("id")
                .asText();

        Reply exported = owner.get(path + "/export?format=json");
        Reply imported = owner.post("/api/v1/workspaces/" + other + "/import", exported.body());

        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.json().get("formatVersion").asInt()).isEqualTo(2);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(owner.get("/api/v1/workspaces/" + other + "/journeys/j1").json())
                .isEqualTo(owner.get(path).json());
        assertThat(owner.get("/api/v1/workspaces/" + other + "/personas/p1").status())
                .isEqualTo(200);
    }

    @BothDatabases
    void importingAJourneyWhoseIdIsTakenGivesItAFreshId(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");

        Reply imported = owner.post(
                "/api/v1/workspaces/" + ws + "/import",
                owner.get(path + "/export").body());

        assertThat(imported.json().findValuesAsText("id")).containsExactly("j1-2");
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json().findValuesAsText("id"))
                .containsExactly("j1", "j1-2");
    }

    @BothDatabases
    void mermaidImportsAndExports(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply imported = owner.send("POST", "/api/v1/workspaces/" + ws + "/import", MERMAID, "text/vnd.mermaid");
        String id = imported.json().get(0).get("id").asText();
        Reply exported = owner.get("/api/v1/workspaces/" + ws + "/journeys/" + id + "/export?format=mermaid");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(exported.header("Content-Type")).startsWith("text/vnd.mermaid");
        assertThat(exported.body()).contains("title Buy boots", "section Pay", "Checkout: 2: Shopper");
    }

    @BothDatabases
    void unreadableFilesAreRefusedWithLineAndNothingIsStored(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply badMermaid = owner.send(
                "POST",
                "/api/v1/workspaces/" + ws + "/import",
                "journey\n  title X\n  Task: nine\n",
                "text/vnd.mermaid");
        Reply badJson = owner.post("/api/v1/workspaces/" + ws + "/import", "{\"formatVersion\":1,\n\"name\":");
        Reply invalid = owner.post(
                "/api/v1/workspaces/" + ws + "/import",
                "{\"formatVersion\":1,\"name\":\"F\",\"journeys\":[{\"id\":\"a\",\"name\":\"\",\"state\":\"current\"}]}");
        Reply spreadsheet = owner.send("POST", "/api/v1/workspaces/" + ws + "/import", "a,b", "text/csv");

        assertThat(badMermaid.status()).isEqualTo(400);
        assertThat(badMermaid.json().get("line").asInt()).isEqualTo(3);
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsText("path")).contains("journeys[0].name");
        assertThat(spreadsheet.status()).isEqualTo(415);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json()).isEmpty();
    }

    @BothDatabases
    void everyTemplateCanBeUsedInAWorkspace(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        var templates = owner.get("/api/v1/templates").json().findValuesAsText("name");

        for (String template : templates) {
            Reply used = owner.post("/api/v1/workspaces/" + ws + "/templates/" + template, null);
            assertThat(used.status()).as(template + ": " + used).isEqualTo(201);
        }

        assertThat(templates).hasSize(new Templates().list().size());
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json().size())
                .isGreaterThanOrEqualTo(templates.size());
        assertThat(owner.post("/api/v1/workspaces/" + ws + "/templates/no-such-template", null)
                        .status())
                .isEqualTo(404);
    }
}
