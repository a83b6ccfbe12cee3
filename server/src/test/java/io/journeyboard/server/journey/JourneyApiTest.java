package io.journeyboard.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class JourneyApiTest {

    @BothDatabases
    void createdJourneyIsReadBackWithItsVersionAsETag(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply created = owner.post("/api/v1/workspaces/" + ws + "/journeys", Fixtures.journey("onboarding"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(created.header("Location")).endsWith("/journeys/onboarding");

        Reply read = owner.get("/api/v1/workspaces/" + ws + "/journeys/onboarding");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.json().at("/stages/0/steps/1/name").asText()).isEqualTo("Sign up");
        assertThat(read.json().at("/lanes/1/kind").asText()).isEqualTo("pain_points");

        Reply list = owner.get("/api/v1/workspaces/" + ws + "/journeys");
        assertThat(list.json().findValuesAsText("id")).containsExactly("onboarding");
    }

    @BothDatabases
    void replacingWithTheCurrentETagStoresTheNextVersion(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply updated =
                owner.put(path, Fixtures.journey("j1").replace("Onboarding", "First week"), "If-Match", "\"1\"");

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"2\"");
        assertThat(owner.get(path).json().get("name").asText()).isEqualTo("First week");
    }

    @BothDatabases
    void staleWriteIsRefusedWith409NamingTheCurrentVersion(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        owner.put(path, Fixtures.journey("j1").replace("Onboarding", "Mine"), "If-Match", "\"1\"");

        Reply stale = owner.put(path, Fixtures.journey("j1").replace("Onboarding", "Theirs"), "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.etag()).isEqualTo("\"2\"");
        assertThat(owner.get(path).json().get("name").asText()).isEqualTo("Mine");
    }

    @BothDatabases
    void writeWithoutIfMatchIsRefusedWith428(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply reply = owner.put(path, Fixtures.journey("j1"));

        assertThat(reply.status()).isEqualTo(428);
        assertThat(reply.json().get("detail").asText()).contains("If-Match");
    }

    @BothDatabases
    void invalidJourneyIsRefusedWithFieldPathsAndNothingIsStored(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        String broken = Fixtures.journey("j1")
                .replace("\"stepId\":\"st1\",\"text\"", "\"stepId\":\"nowhere\",\"text\"")
                .replace("\"name\":\"Discover\"", "\"name\":\"\"");

        Reply reply = owner.put(path, broken, "If-Match", "\"1\"");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsText("path")).contains("stages[0].name", "cards[0].stepId");
        Reply current = owner.get(path);
        assertThat(current.etag()).isEqualTo("\"1\"");
        assertThat(current.json().at("/stages/0/name").asText()).isEqualTo("Discover");
    }

    @BothDatabases
    void unknownFieldAndWrongTypeAreNamedInTheErrors(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply unknown = owner.post(
                "/api/v1/workspaces/" + ws + "/journeys",
                Fixtures.journey("j1").replace("\"state\"", "\"colour\":\"red\",\"state\""));
        Reply wrongType = owner.post(
                "/api/v1/workspaces/" + ws + "/journeys",
                Fixtures.journey("j1").replace("\"score\":1", "\"score\":\"high\""));
        Reply malformed = owner.post("/api/v1/workspaces/" + ws + "/journeys", "{\"id\":");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/path").asText()).isEqualTo("colour");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().at("/errors/0/path").asText()).isEqualTo("emotions[0].score");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json()).isEmpty();
    }

    @BothDatabases
    void bodyNotSentAsJsonIsRefusedWith415(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);

        Reply reply =
                owner.send("POST", "/api/v1/workspaces/" + ws + "/journeys", Fixtures.journey("j1"), "text/plain");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @BothDatabases
    void bodyOverTheLimitIsRefusedWith413(Backend backend) {
        TestServer server = backend.start(config -> config.withMaxRequestBytes(2_000));
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String large = Fixtures.journey("j1").replace("Reads pricing", "x".repeat(5_000));

        Reply reply = owner.post("/api/v1/workspaces/" + ws + "/journeys", large);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("limitBytes").asLong()).isEqualTo(2_000);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json()).isEmpty();
    }

    @BothDatabases
    void duplicateJourneyIdIsAConflict(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Fixtures.journeyIn(owner, ws, "j1");

        Reply again = owner.post("/api/v1/workspaces/" + ws + "/journeys", Fixtures.journey("j1"));

        assertThat(again.status()).isEqualTo(409);
    }

    @BothDatabases
    void deletedJourneyIsGoneFromTheListButNotFromHistory(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "j1");

        Reply deleted = owner.delete(path, "If-Match", "\"1\"");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(owner.get(path).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys").json()).isEmpty();
        assertThat(owner.get(path + "/versions").json().findValuesAsText("summary"))
                .containsExactly("deleted the journey", "created the journey");
    }
}
