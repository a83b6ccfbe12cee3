package io.journeyboard.server.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

class OpportunityBoardApiTest {

    private static final String EDITED =
            "{\"id\":\"o1\",\"title\":\"Faster sign-up\",\"customerValue\":5,\"businessValue\":4,\"effort\":1,"
                    + "\"confidence\":0.5,\"status\":\"planned\",\"owner\":\"Grace\"}";

    @BothDatabases
    void theBoardHoldsEveryUnarchivedJourneysOpportunitiesWithTheVersionToEditThem(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Fixtures.journeyIn(owner, ws, "a");
        Fixtures.journeyIn(owner, ws, "b");
        String archived = Fixtures.journeyIn(owner, ws, "c");
        owner.put(archived + "/archived", "{\"archived\":true}");

        JsonNode board =
                owner.get("/api/v1/workspaces/" + ws + "/opportunities").json();

        assertThat(board.get("journeys").findValuesAsText("id")).containsExactly("a", "b");
        assertThat(board.get("opportunities").findValuesAsText("journeyId")).containsExactly("a", "b");
        assertThat(board.at("/opportunities/0/opportunity/title").asText()).isEqualTo("Faster sign-up");
        assertThat(board.at("/journeys/0/version").asInt()).isEqualTo(1);
    }

    @BothDatabases
    void anEditFromTheBoardMadeOnAStaleVersionIsAConflictNotALostUpdate(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        String path = Fixtures.journeyIn(owner, ws, "a");
        int shown = owner.get("/api/v1/workspaces/" + ws + "/opportunities")
                .json()
                .at("/journeys/0/version")
                .asInt();
        owner.put(path + "/name", "{\"name\":\"Someone else's edit\"}", "If-Match", "\"" + shown + "\"");

        Reply stale = owner.put(path + "/opportunities/o1", EDITED, "If-Match", "\"" + shown + "\"");
        Reply fresh = owner.put(path + "/opportunities/o1", EDITED, "If-Match", "\"" + (shown + 1) + "\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(shown + 1);
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        JsonNode board =
                owner.get("/api/v1/workspaces/" + ws + "/opportunities").json();
        assertThat(board.at("/opportunities/0/opportunity/effort").asInt()).isEqualTo(1);
        assertThat(board.at("/opportunities/0/opportunity/owner").asText()).isEqualTo("Grace");
        assertThat(board.at("/journeys/0/name").asText()).isEqualTo("Someone else's edit");
    }
}
