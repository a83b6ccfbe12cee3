package io.journeyboard.server.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.variants.PathAnalysis;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Every explorer view on a stored dataset of the workspace over real HTTP, and its answers after the data grows. */
class ExploreDatasetApiTest {

    private static final Path RUNNING = Path.of("../data/running-example.csv");
    private static final String REGISTER = "register request";
    private static final String DECIDE = "decide";
    private static final String FUNNEL = "{\"steps\":[{\"name\":\"Register\",\"activities\":[\"" + REGISTER + "\"]},"
            + "{\"name\":\"Decide\",\"activities\":[\"" + DECIDE + "\"]}]}";
    private static final String TWO_MORE_CASES = """
            Activity,Timestamp,CaseID,Resource
            register request,2011-02-01 09:00:00+00:00,101,Pete
            decide,2011-02-02 09:00:00+00:00,101,Sara
            register request,2011-02-01 10:00:00+00:00,102,Mike
            """;

    private static EventLog engineLog() throws IOException {
        return EventLogReader.read(RUNNING, LogReadOptions.defaults()).log();
    }

    private static String createDataset(Caller owner, String ws) throws IOException {
        Reply created = owner.send(
                "POST",
                "/api/v1/workspaces/" + ws + "/datasets?name=Claims&file=running-example.csv",
                Files.readString(RUNNING, StandardCharsets.UTF_8),
                "text/csv");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static JsonNode ask(Caller caller, String path, String query) {
        Reply reply = caller.post(path, query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @BothDatabases
    void everyViewAnswersOnAStoredDatasetWithTheEnginesFigures(Backend backend) throws IOException {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String dataset = createDataset(owner, ws);
        Caller viewer = Fixtures.member(server, owner, ws, "viewer");
        String explore = "/api/v1/workspaces/" + ws + "/explore/datasets/" + dataset;
        EventLog engine = engineLog();
        FunnelAnalysis funnel = FunnelAnalysis.of(
                engine,
                new StageMapping(
                        List.of(
                                new StageDefinition("Register", List.of(REGISTER), false),
                                new StageDefinition("Decide", List.of(DECIDE), false)),
                        OrderMode.ORDERED,
                        0));

        JsonNode overview = viewer.get(explore).json();
        JsonNode answered = ask(viewer, explore + "/funnel", FUNNEL);
        JsonNode paths = ask(viewer, explore + "/paths", "{\"activity\":\"" + REGISTER + "\",\"depth\":3}");

        assertThat(overview.get("dataset").asText()).isEqualTo(dataset);
        assertThat(overview.get("source").asText()).isEqualTo("Claims");
        assertThat(overview.get("cases").asInt()).isEqualTo(engine.caseCount());
        assertThat(overview.get("events").asInt()).isEqualTo(engine.eventCount());
        assertThat(overview.get("attributes").findValuesAsText("name")).contains("resource");
        for (int s = 0; s < 2; s++) {
            assertThat(answered.at("/figures/" + s + "/cases").asLong())
                    .isEqualTo(funnel.steps().get(s).cases());
        }
        assertThat(paths.at("/paths/cases").asLong()).isEqualTo(engine.caseCount());
        assertThat(paths.at("/paths/topPaths/0/cases").asLong())
                .isEqualTo(PathAnalysis.of(engine, REGISTER, 3, 10, null)
                        .after()
                        .getFirst()
                        .cases());
        for (String view : List.of("drop-off", "drivers", "process-map", "variants")) {
            String query = view.equals("drop-off") ? FUNNEL.replace("]}", "],\"step\":1}") : FUNNEL;
            Reply reply = viewer.post(explore + "/" + view, query);
            assertThat(reply.status()).as(view + ": " + reply).isEqualTo(200);
        }
    }

    @BothDatabases
    void anAppendChangesTheAnswerToTheSameQuestion(Backend backend) throws IOException {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String dataset = createDataset(owner, ws);
        String explore = "/api/v1/workspaces/" + ws + "/explore/datasets/" + dataset;
        JsonNode before = ask(owner, explore + "/funnel", FUNNEL);
        JsonNode asked = ask(owner, explore + "/funnel", FUNNEL);

        Reply appended = server.withApiToken(owner)
                .send(
                        "POST",
                        "/api/v1/workspaces/" + ws + "/datasets/" + dataset + "/events",
                        TWO_MORE_CASES,
                        "text/csv");
        JsonNode after = ask(owner, explore + "/funnel", FUNNEL);
        JsonNode overview = owner.get(explore).json();

        assertThat(appended.status()).as(appended.toString()).isEqualTo(201);
        assertThat(asked).isEqualTo(before);
        assertThat(after.at("/figures/0/cases").asLong())
                .isEqualTo(before.at("/figures/0/cases").asLong() + 2);
        assertThat(after.at("/figures/1/cases").asLong())
                .isEqualTo(before.at("/figures/1/cases").asLong() + 1);
        assertThat(overview.get("version").asInt()).isEqualTo(2);
        assertThat(overview.get("events").asInt()).isEqualTo(engineLog().eventCount() + 3);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/explore/logs").json())
                .hasSize(1);
    }

    @BothDatabases
    void anUnknownOrDeletedDatasetIsA404ThatSaysWhereTheDatasetsAreListedAndADeletedOneLeavesMemory(Backend backend)
            throws IOException {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String dataset = createDataset(owner, ws);
        String explore = "/api/v1/workspaces/" + ws + "/explore/datasets/";
        ask(owner, explore + dataset + "/variants", "{}");

        Reply unknown = owner.post(explore + "nope/funnel", FUNNEL);
        owner.delete("/api/v1/workspaces/" + ws + "/datasets/" + dataset);
        Reply deleted = owner.post(explore + dataset + "/variants", "{}");
        Reply outsider = server.signUp("outsider").get(explore + dataset);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("'nope'", "GET …/datasets");
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/explore/logs").json())
                .isEmpty();
        assertThat(outsider.status()).isIn(403, 404);
    }
}
