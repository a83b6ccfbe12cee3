package io.journeyboard.server.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/** A journey whose steps are bound to activities, measured on a stored dataset over real HTTP. */
class LaneApiTest {

    private static final String BOUND_CLAIMS = """
            {"id":"claims","name":"Compensation claim","state":"current",
             "stages":[{"id":"s1","name":"Register","steps":[{"id":"st1","name":"File the claim",
                          "binding":{"activities":["register request"]}}]},
                       {"id":"s2","name":"Check","steps":[{"id":"st2","name":"Examined",
                          "binding":{"activities":["examine *"]}},{"id":"st3","name":"Ticket checked",
                          "binding":{"activities":["check ticket"],"where":{"attribute":"Resource","equals":"Mike"}}}]},
                       {"id":"s3","name":"Outcome","steps":[{"id":"st4","name":"Paid",
                          "binding":{"activities":["pay compensation"]}},{"id":"st5","name":"Not measured"}]}],
             "lanes":[{"id":"l-actions","kind":"actions","title":"Actions"}]}
            """;

    private static String runningExample() throws IOException {
        return Files.readString(Path.of("../data/running-example.csv"), StandardCharsets.UTF_8);
    }

    @BothDatabases
    void boundStepsAreMeasuredOnAStoredDatasetWithEvidence(Backend backend) throws IOException {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        owner.send(
                "POST",
                "/api/v1/workspaces/" + ws + "/datasets?name=Claims&file=claims.csv",
                runningExample(),
                "text/csv");
        Reply created = owner.post("/api/v1/workspaces/" + ws + "/journeys", BOUND_CLAIMS);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Caller viewer = Fixtures.member(server, owner, ws, "viewer");

        Reply reply = viewer.get("/api/v1/workspaces/" + ws + "/journeys/claims/lane?dataset=claims");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.at("/dataset/name").asText()).isEqualTo("Claims");
        assertThat(answer.at("/dataset/period/from").asText()).startsWith("2010-12-30");
        assertThat(answer.get("journeyVersion").asInt()).isEqualTo(1);
        JsonNode steps = answer.at("/lane/steps");
        assertThat(steps.findValuesAsText("stepId")).containsExactly("st1", "st2", "st3", "st4");
        assertThat(answer.at("/lane/entrants").asInt()).isEqualTo(6);
        assertThat(steps.get(0).get("cases").asInt()).isEqualTo(6);
        assertThat(steps.get(1).get("cases").asInt()).isEqualTo(6);
        assertThat(steps.get(3).get("cases").asInt()).isEqualTo(3);
        assertThat(steps.get(2).get("cases").asInt()).as("check ticket by Mike").isEqualTo(4);
        assertThat(steps.get(2).get("conversionFromPrevious").asDouble()).isEqualTo(2 / 6.0);
        assertThat(steps.get(2).get("dropOff").asInt()).isEqualTo(4);
        assertThat(steps.get(2).get("rework").asInt()).isEqualTo(2);
        assertThat(steps.get(2).at("/samples/rework").toString()).isEqualTo("[\"2\",\"4\"]");
        assertThat(steps.get(3).get("conversionFromPrevious").asDouble()).isEqualTo(0.5);
        assertThat(steps.get(0).at("/samples/reached")).hasSize(6);
        assertThat(answer.at("/lane/stages").findValuesAsText("stage")).containsExactly("Register", "Check", "Outcome");
    }

    @BothDatabases
    void aLaneNeedsAKnownDatasetAndABindingToNothingIsRefused(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        String toNothing = Fixtures.journey("j1")
                .replace(
                        "{\"id\":\"st1\",\"name\":\"Visit site\"}",
                        "{\"id\":\"st1\",\"name\":\"Visit site\",\"binding\":{\"activities\":[]}}");

        Reply noDataset = owner.get(path + "/lane");
        Reply unknown = owner.get(path + "/lane?dataset=nope");
        Reply refused = owner.put(path, toNothing, "If-Match", "\"1\"");

        assertThat(noDataset.status()).isEqualTo(400);
        assertThat(noDataset.body()).contains("dataset=", "none yet");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("stages[0].steps[0].binding.activities", "bind at least one activity");
        assertThat(owner.get(path).etag()).isEqualTo("\"1\"");
    }

    @BothDatabases
    void aBindingIsKeptInHistoryLikeEveryChange(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");
        String bound = Fixtures.journey("j1")
                .replace(
                        "{\"id\":\"st1\",\"name\":\"Visit site\"}",
                        "{\"id\":\"st1\",\"name\":\"Visit site\",\"binding\":{\"activities\":[\"Visit*\"],"
                                + "\"where\":{\"attribute\":\"channel\",\"equals\":\"app\"}}}");

        Reply saved = owner.put(path, bound, "If-Match", "\"1\"");
        JsonNode diff = owner.get(path + "/diff?from=1&to=2").json();

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(owner.get(path)
                        .json()
                        .at("/stages/0/steps/0/binding/where/equals")
                        .asText())
                .isEqualTo("app");
        assertThat(owner.get(path + "/versions/1")
                        .json()
                        .at("/document/stages/0/steps/0")
                        .has("binding"))
                .isFalse();
        assertThat(diff.at("/changes/0/path").asText()).isEqualTo("stages[id=s1].steps[id=st1].binding");
        assertThat(diff.at("/changes/0/op").asText()).isEqualTo("added");
    }
}
