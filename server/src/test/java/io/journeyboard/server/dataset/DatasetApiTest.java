package io.journeyboard.server.dataset;

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

/** Event datasets over real HTTP: created from an upload, grown through the ingest API, kept across a restart. */
class DatasetApiTest {

    private static final String BATCH = """
            case,activity,time,channel,segment
            n1,Visit,2026-01-05T10:00:00Z,web,new
            n1,Apply,2026-01-05T10:05:00Z,app,new
            n2,Visit,2026-01-05T11:00:00Z,web,returning
            """;

    private static String runningExample() throws IOException {
        return Files.readString(Path.of("../data/running-example.csv"), StandardCharsets.UTF_8);
    }

    private static Reply create(Caller caller, String ws, String name, String file, String body) {
        return caller.send(
                "POST", "/api/v1/workspaces/" + ws + "/datasets?name=" + name + "&file=" + file, body, "text/csv");
    }

    @BothDatabases
    void anUploadBecomesADatasetThatAppendsGrowAndARestartKeeps(Backend backend) throws IOException {
        TestServer first = backend.start();
        Caller owner = first.signUp("owner");
        String email = owner.get("/api/v1/me").json().at("/user/email").asText();
        String ws = Fixtures.workspace(owner);
        Reply created = create(owner, ws, "Claims", "running-example.csv", runningExample());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = "/api/v1/workspaces/" + ws + "/datasets/"
                + created.json().get("id").asText();
        Caller script = first.withApiToken(owner);

        Reply appended = script.send("POST", path + "/events", BATCH, "text/csv", "Idempotency-Key", "batch-1");
        first.close();
        TestServer second = backend.start();
        JsonNode reopened = second.signIn(email, TestServer.PASSWORD).get(path).json();

        assertThat(created.json().get("id").asText()).isEqualTo("claims");
        assertThat(appended.status()).as(appended.toString()).isEqualTo(201);
        assertThat(appended.json().get("events").asInt()).isEqualTo(3);
        assertThat(reopened.get("events").asInt()).isEqualTo(45);
        assertThat(reopened.get("batches").asInt()).isEqualTo(2);
        assertThat(reopened.get("cases").asInt()).isEqualTo(8);
        assertThat(reopened.get("activities").findValuesAsText("name")).contains("examine casually", "Apply");
        assertThat(reopened.get("attributes").findValuesAsText("name")).contains("segment");
        assertThat(reopened.at("/period/from").asText()).startsWith("2010-12-30");
        assertThat(reopened.at("/period/to").asText()).startsWith("2026-01-05");
    }

    @BothDatabases
    void aRetriedBatchWithTheSameKeyIsCountedOnceAndAReusedKeyIsRefused(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = "/api/v1/workspaces/" + ws + "/datasets/"
                + create(owner, ws, "Web", "web.csv", BATCH).json().get("id").asText();
        Caller script = server.withApiToken(owner);
        String more = BATCH.replace("n1", "n7").replace("n2", "n8");

        Reply firstTry = script.send("POST", path + "/events", more, "text/csv", "Idempotency-Key", "k-42");
        Reply retry = script.send("POST", path + "/events", more, "text/csv", "Idempotency-Key", "k-42");
        Reply otherBody = script.send("POST", path + "/events", BATCH, "text/csv", "Idempotency-Key", "k-42");
        Reply jsonLines = script.send(
                "POST",
                path + "/events",
                "{\"case\":\"n9\",\"activity\":\"Visit\",\"time\":\"2026-01-06T09:00:00Z\"}\n",
                "application/x-ndjson");

        assertThat(firstTry.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("replayed").asBoolean()).isTrue();
        assertThat(retry.json().get("batch").asInt())
                .isEqualTo(firstTry.json().get("batch").asInt());
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.body()).contains("k-42", "new key");
        assertThat(jsonLines.status()).as(jsonLines.toString()).isEqualTo(201);
        assertThat(owner.get(path).json().get("events").asInt()).isEqualTo(7);
        assertThat(owner.get(path).json().get("cases").asInt()).isEqualTo(5);
    }

    @BothDatabases
    void aBatchWithABadRowIsRefusedWholeNamingLineColumnAndReason(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = "/api/v1/workspaces/" + ws + "/datasets/"
                + create(owner, ws, "Web", "web.csv", BATCH).json().get("id").asText();
        String bad = BATCH + "n3,Visit,yesterday at noon,web,new\n";

        Reply refused = owner.send("POST", path + "/events", bad, "text/csv");
        Reply unknown = owner.send("POST", "/api/v1/workspaces/" + ws + "/datasets/nope/events", BATCH, "text/csv");
        Reply wrongType = owner.send("POST", path + "/events", BATCH, "application/pdf");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(5);
        assertThat(refused.json().at("/errors/0/column").asText()).isEqualTo("time");
        assertThat(refused.json().at("/errors/0/reason").asText()).isEqualTo("not a timestamp");
        assertThat(refused.body()).contains("nothing of this batch was stored").doesNotContain("/tmp", "--on-error");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("'nope'");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(owner.get(path).json().get("events").asInt()).isEqualTo(3);
        assertThat(owner.get(path).json().get("batches").asInt()).isEqualTo(1);
    }

    @BothDatabases
    void batchesOverTheLimitsAreRefusedWith413And422AndNothingChanges(Backend backend) {
        TestServer server = backend.start(config -> config.withDatasetLimits(new DatasetLimits(2, 6, 4)));
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = "/api/v1/workspaces/" + ws + "/datasets/"
                + create(owner, ws, "Web", "web.csv", BATCH).json().get("id").asText();
        String five = BATCH + "n4,Visit,2026-01-07T09:00:00Z,web,new\nn5,Visit,2026-01-07T09:00:00Z,web,new\n";

        Reply tooLarge = owner.send("POST", path + "/events", five, "text/csv");
        Reply pastWorkspace = owner.send(
                "POST",
                path + "/events",
                BATCH.replace("n1", "n6") + "n9,Visit,2026-01-08T09:00:00Z,web,new\n",
                "text/csv");
        Reply second = create(owner, ws, "Other", "other.csv", "case,activity,time\nx,Visit,2026-01-01T00:00:00Z\n");
        Reply third = create(owner, ws, "Third", "third.csv", "case,activity,time\ny,Visit,2026-01-01T00:00:00Z\n");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("at most 4", "Split it");
        assertThat(pastWorkspace.status()).isEqualTo(422);
        assertThat(pastWorkspace.body()).contains("over its limit of 6", "nothing was stored");
        assertThat(second.status()).isEqualTo(201);
        assertThat(third.status()).isEqualTo(422);
        assertThat(owner.get(path).json().get("events").asInt()).isEqualTo(3);
    }

    @BothDatabases
    void aDeletedDatasetIsGoneAndItsDeletionIsRecorded(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        Caller viewer;
        String ws = Fixtures.workspace(owner);
        viewer = Fixtures.member(server, owner, ws, "viewer");
        String path = "/api/v1/workspaces/" + ws + "/datasets/"
                + create(owner, ws, "Web", "web.csv", BATCH).json().get("id").asText();

        Reply byViewer = viewer.delete(path);
        Reply deleted = owner.delete(path);

        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("deletedBy").asLong()).isEqualTo(owner.userId());
        assertThat(deleted.json().has("deletedAt")).isTrue();
        assertThat(owner.get(path).status()).isEqualTo(410);
        assertThat(owner.send("POST", path + "/events", BATCH, "text/csv").status())
                .isEqualTo(410);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/datasets").json()).isEmpty();
        assertThat(create(owner, ws, "Web", "web.csv", BATCH).json().get("id").asText())
                .isEqualTo("web-2");
    }
}
