package io.journeyboard.server.states;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class JourneyStatesApiTest {

    @BothDatabases
    void theCurrentAndFutureStateAreFoundFromEitherMap(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String current = Fixtures.journeyIn(owner, ws, "today");
        String future = Fixtures.journey("tomorrow")
                .replace("\"state\":\"current\"", "\"state\":\"future\"")
                .replace(
                        "\"personaIds\"",
                        "\"links\":[{\"journeyId\":\"today\",\"kind\":\"future_state_of\"}]," + "\"personaIds\"");
        Reply created = owner.post("/api/v1/workspaces/" + ws + "/journeys", future);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Fixtures.journeyIn(owner, ws, "alone");

        JsonNode fromCurrent = owner.get(current + "/states").json();
        JsonNode fromFuture = owner.get("/api/v1/workspaces/" + ws + "/journeys/tomorrow/states")
                .json();
        JsonNode alone =
                owner.get("/api/v1/workspaces/" + ws + "/journeys/alone/states").json();

        assertThat(fromCurrent.at("/current/journey/id").asText()).isEqualTo("today");
        assertThat(fromCurrent.at("/future/journey/id").asText()).isEqualTo("tomorrow");
        assertThat(fromFuture.at("/current/journey/id").asText()).isEqualTo("today");
        assertThat(fromFuture.at("/future/version").asInt()).isEqualTo(1);
        assertThat(alone.at("/current/journey/id").asText()).isEqualTo("alone");
        assertThat(alone.has("future")).isFalse();
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys/nowhere/states")
                        .status())
                .isEqualTo(404);
    }
}
