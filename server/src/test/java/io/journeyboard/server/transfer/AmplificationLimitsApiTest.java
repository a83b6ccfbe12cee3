package io.journeyboard.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.workspace.WorkspaceLimits;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A small file cannot make a great deal of work: personas and actors are bounded, with messages that say where. */
class AmplificationLimitsApiTest {

    @BothDatabases
    void importsThatWouldTakeAWorkspacePastItsPersonaLimitAreRefusedAndStoreNothing(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String personas = "/api/v1/workspaces/" + ws + "/personas";
        assertThat(owner.get(personas).json().size())
                .as("the fixture workspace's own persona")
                .isEqualTo(1);

        Reply first = owner.post("/api/v1/workspaces/" + ws + "/import", fileWithPersonas("a", 300));
        Reply second = owner.post("/api/v1/workspaces/" + ws + "/import", fileWithPersonas("b", 200));
        Reply third = owner.post("/api/v1/workspaces/" + ws + "/import", fileWithPersonas("c", 199));
        Reply oneMore = owner.post(personas, "{\"id\":\"last-straw\",\"name\":\"One too many\"}");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(400);
        assertThat(second.json().get("errors").get(0).get("path").asText()).isEqualTo("personas");
        assertThat(second.json().get("errors").get(0).get("message").asText())
                .isEqualTo("the workspace would hold 501 personas; a workspace may have at most 500");
        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        assertThat(owner.get(personas).json().size()).isEqualTo(WorkspaceLimits.PERSONAS_PER_WORKSPACE);
        assertThat(oneMore.status()).as(oneMore.toString()).isEqualTo(400);
        assertThat(oneMore.body()).contains("a workspace may have at most 500 personas");
    }

    @BothDatabases
    void aMermaidTaskWithTooManyActorsIsRefusedAtItsLineAndColumn(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String actors = IntStream.rangeClosed(1, 25).mapToObj(i -> "A" + i).collect(Collectors.joining(","));

        Reply reply = owner.send(
                "POST",
                "/api/v1/workspaces/" + ws + "/import",
                "journey\n  section S\n    Wait: 3: " + actors + "\n",
                "text/vnd.mermaid");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("line").asInt()).isEqualTo(3);
        assertThat(reply.json().get("column").asInt()).isEqualTo(14 + actors.indexOf("A21"));
        assertThat(reply.json().get("detail").asText()).contains("a task may name at most 20 actors");
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json()).isEmpty();
    }

    private static String fileWithPersonas(String prefix, int count) {
        String personas = IntStream.range(0, count)
                .mapToObj(i -> "{\"id\":\"" + prefix + i + "\",\"name\":\"Persona " + prefix + i + "\"}")
                .collect(Collectors.joining(","));
        return "{\"formatVersion\":1,\"name\":\"Personas " + prefix + "\",\"personas\":[" + personas + "]}";
    }
}
