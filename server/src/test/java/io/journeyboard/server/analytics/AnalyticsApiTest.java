package io.journeyboard.server.analytics;

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

/** An event log uploaded against a journey: the real running-example log of the repository's data/. */
class AnalyticsApiTest {

    private static final String CLAIMS_JOURNEY = """
            {"id":"claims","name":"Compensation claim","state":"current",
             "stages":[{"id":"s1","name":"Register","steps":[{"id":"st1","name":"register request"}]},
                       {"id":"s2","name":"Decide","steps":[{"id":"st2","name":"decide"}]},
                       {"id":"s3","name":"Pay","steps":[{"id":"st3","name":"pay compensation"}]}],
             "lanes":[{"id":"l-actions","kind":"actions","title":"Actions"}]}
            """;

    private static String runningExample() throws IOException {
        return Files.readString(Path.of("../data/running-example.csv"), StandardCharsets.UTF_8);
    }

    @BothDatabases
    void aLogIsAnalysedWithTheJourneysStagesAsItsFunnelAndDrawn(Backend backend) throws IOException {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        owner.post("/api/v1/workspaces/" + ws + "/journeys", CLAIMS_JOURNEY);

        Reply reply = owner.send(
                "POST",
                "/api/v1/workspaces/" + ws + "/journeys/claims/analytics?file=running-example.csv",
                runningExample(),
                "text/csv");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.at("/report/summary/events").asInt()).isEqualTo(42);
        assertThat(answer.at("/report/summary/cases").asInt()).isEqualTo(6);
        assertThat(answer.get("funnelFromJourney").asBoolean()).isTrue();
        JsonNode funnel = answer.at("/report/funnel/steps");
        assertThat(funnel.findValuesAsText("stage")).containsExactly("Register", "Decide", "Pay");
        assertThat(funnel.get(0).get("cases").asInt()).isEqualTo(6);
        assertThat(funnel.get(2).get("cases").asInt()).isEqualTo(3);
        assertThat(answer.get("svg").asText())
                .startsWith("<?xml")
                .contains("Compensation claim: running-example.csv", ">Pay<");
        assertThat(answer.has("note")).isFalse();
    }

    @BothDatabases
    void stepsNamedUnlikeAnyActivityGiveNoFunnelAndSaySo(Backend backend) throws IOException {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");

        Reply reply = owner.send("POST", path + "/analytics?file=log.csv", runningExample(), "text/csv");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("funnelFromJourney").asBoolean()).isFalse();
        assertThat(reply.json().at("/report/funnel").isNull()).isTrue();
        assertThat(reply.json().get("note").asText())
                .contains("no case reached the first stage (\"Discover\")", "name the journey's steps");
        assertThat(reply.json().get("svg").asText()).doesNotContain("Funnel").contains("Most common paths");
    }

    @BothDatabases
    void aBadLogIsExplainedWithItsOwnNameAndWhereAndNothingChanges(Backend backend) throws IOException {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String path = Fixtures.journeyIn(owner, Fixtures.workspace(owner), "j1");
        String badTime = runningExample().replace("2010-12-31 09:06:00+00:00", "the last day of 2010");

        Reply noName = owner.send("POST", path + "/analytics", runningExample(), "text/csv");
        Reply wrongExtension = owner.send("POST", path + "/analytics?file=log.pdf", runningExample(), "text/csv");
        Reply unreadableTime = owner.send("POST", path + "/analytics?file=claims.csv", badTime, "text/csv");
        Reply missingColumn =
                owner.send("POST", path + "/analytics?file=claims.csv&case=ticket", runningExample(), "text/csv");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("file=events.csv");
        assertThat(wrongExtension.status()).isEqualTo(400);
        assertThat(wrongExtension.body()).contains("'log.pdf'", "csv, tsv");
        assertThat(unreadableTime.status()).isEqualTo(400);
        assertThat(unreadableTime.body())
                .contains("claims.csv:3", "the last day of 2010", "on-error=skip", "nothing was changed")
                .doesNotContain("/tmp/");
        assertThat(missingColumn.status()).isEqualTo(400);
        assertThat(missingColumn.body()).contains("ticket", "case=NAME").doesNotContain("--case");
        assertThat(owner.get(path).etag()).isEqualTo("\"1\"");
    }
}
