package io.journeyboard.server.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;

/** Suggested bindings: a loan journey's step names against BPI-style activity names. */
class BindingSuggestionApiTest {

    private static final String EVENTS = """
            case,activity,time
            1,A_SUBMITTED,2026-01-01T10:00:00Z
            1,A_PARTLYSUBMITTED,2026-01-01T10:00:01Z
            1,A_PREACCEPTED,2026-01-01T10:01:00Z
            1,O_SENT,2026-01-02T10:00:00Z
            1,W_Completeren aanvraag,2026-01-02T11:00:00Z
            """;
    private static final String LOAN = """
            {"id":"loan","name":"Loan","state":"current",
             "stages":[{"id":"s1","name":"Apply","steps":[{"id":"st1","name":"Submit application"},
                                                           {"id":"st2","name":"Get pre-accepted"}]},
                       {"id":"s2","name":"Offer","steps":[{"id":"st3","name":"Offer sent"},{"id":"st4",
                       "name":"Celebrate"}]}],
             "lanes":[{"id":"l1","kind":"actions","title":"Actions"}]}
            """;

    @BothDatabases
    void eachStepGetsTheActivitiesNamedMostLikeItWithAConfidence(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        owner.send("POST", "/api/v1/workspaces/" + ws + "/datasets?name=Loans&file=loans.csv", EVENTS, "text/csv");
        owner.post("/api/v1/workspaces/" + ws + "/journeys", LOAN);

        Reply reply = owner.get("/api/v1/workspaces/" + ws + "/journeys/loan/binding-suggestions?dataset=loans");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode steps = reply.json().get("steps");
        assertThat(steps.findValuesAsText("stepId")).containsExactly("st1", "st2", "st3", "st4");
        assertThat(steps.get(0).at("/candidates/0/activity").asText()).isEqualTo("A_SUBMITTED");
        assertThat(steps.get(1).at("/candidates/0/activity").asText()).isEqualTo("A_PREACCEPTED");
        assertThat(steps.get(2).at("/candidates/0/activity").asText()).isEqualTo("O_SENT");
        assertThat(steps.get(0).at("/candidates/0/confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(steps.get(3).get("candidates")).isEmpty();
        assertThat(owner.get("/api/v1/workspaces/" + ws + "/journeys/loan").etag())
                .isEqualTo("\"1\"");
    }
}
