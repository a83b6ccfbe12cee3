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
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer over real HTTP on the repository's receipt.csv and running-example.csv, checked against the engine. */
class ExploreApiTest {

    private static final Path RECEIPT = Path.of("../data/receipt.csv");
    private static final String CONFIRM = "Confirmation of receipt";
    private static final String CHECK = "T02 Check confirmation of receipt";
    private static final String DECIDE = "T10 Determine necessity to stop indication";
    private static final String FUNNEL = """
            {"steps":[{"name":"Confirm","activities":["%s"]},{"name":"Check","activities":["%s"]},
                      {"name":"Decide","activities":["%s"]}]%%s}""".formatted(CONFIRM, CHECK, DECIDE);

    @TempDir
    static Path data;

    private static Backend backend;
    private static TestServer server;
    private static Caller owner;
    private static String logs;
    private static String receipt;

    @BeforeAll
    static void uploadOnce() throws IOException {
        backend = Backend.h2(data);
        server = backend.start();
        owner = server.signUp("owner");
        logs = "/api/v1/workspaces/" + Fixtures.workspace(owner) + "/explore/logs";
        Reply uploaded = owner.send("POST", logs + "?file=receipt.csv", Files.readString(RECEIPT), "text/csv");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        receipt = logs + "/" + uploaded.json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private static EventLog engineLog() throws IOException {
        return EventLogReader.read(RECEIPT, LogReadOptions.defaults()).log();
    }

    private static JsonNode ask(String route, String query) {
        Reply reply = owner.post(receipt + route, query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anUploadIsReadOnceAndDescribedWithItsActivitiesAndAttributes() throws IOException {
        JsonNode overview = owner.get(receipt).json();
        EventLog log = engineLog();

        assertThat(overview.get("cases").asInt()).isEqualTo(log.caseCount());
        assertThat(overview.get("events").asInt()).isEqualTo(log.eventCount());
        assertThat(overview.get("activities").get(0).get("activity").asText()).isEqualTo(CONFIRM);
        assertThat(overview.get("attributes").findValuesAsText("name"))
                .contains("channel", "case:group")
                .doesNotContain("case:concept:name", "concept:instance", "time:timestamp");
        assertThat(owner.get(logs).json().findValuesAsText("source")).contains("receipt.csv");
    }

    @Test
    void theFunnelHasTheEnginesCountsAndItsBreakdownAddsUpToIt() throws IOException {
        JsonNode answer = ask("/funnel", FUNNEL.formatted(",\"breakdown\":[\"case:group\"],\"breakdownRows\":3"));
        FunnelAnalysis engine = FunnelAnalysis.of(
                engineLog(),
                new StageMapping(
                        List.of(
                                new StageDefinition("Confirm", List.of(CONFIRM), false),
                                new StageDefinition("Check", List.of(CHECK), false),
                                new StageDefinition("Decide", List.of(DECIDE), false)),
                        OrderMode.ORDERED,
                        0));

        for (int s = 0; s < 3; s++) {
            assertThat(answer.at("/figures/" + s + "/cases").asLong())
                    .isEqualTo(engine.steps().get(s).cases());
            int step = s;
            long rows = 0;
            for (JsonNode row : answer.at("/breakdown/rows")) {
                rows += row.at("/funnel/steps/" + step + "/cases").asLong();
            }
            assertThat(rows).isEqualTo(engine.steps().get(s).cases());
        }
        assertThat(answer.at("/breakdown/rows")).hasSize(3);
        assertThat(answer.at("/breakdown/rows/2/other").asBoolean()).isTrue();
        assertThat(answer.at("/timeToConvert/steps/1/seconds/median").asDouble())
                .isEqualTo(engine.steps().get(1).medianSecondsToConvert());
        long trendEntered = 0;
        for (JsonNode point : answer.at("/trend/points")) {
            trendEntered += point.get("entered").asLong();
        }
        assertThat(trendEntered).isEqualTo(answer.get("entered").asLong());
    }

    @Test
    void fiftyStepsOptionalStepsOrderModesAndAnOpenFunnelAreAnswered() {
        List<String> steps = new ArrayList<>();
        String[] cycle = {
            CONFIRM,
            CHECK,
            DECIDE,
            "T04 Determine confirmation of receipt",
            "T05 Print and send confirmation of receipt"
        };
        IntStream.range(0, 50)
                .forEach(i -> steps.add("{\"activities\":[\"" + cycle[i % cycle.length] + "\"]"
                        + (i % 7 == 3 ? ",\"optional\":true" : "") + "}"));
        String fifty = "{\"steps\":[" + String.join(",", steps) + "],\"order\":\"any\",\"open\":true}";

        JsonNode answer = ask("/funnel", fifty);
        JsonNode strict = ask("/funnel", FUNNEL.formatted(",\"order\":\"strict\",\"windowSeconds\":86400"));

        assertThat(answer.get("figures")).hasSize(50);
        assertThat(answer.at("/steps/3/optional").asBoolean()).isTrue();
        assertThat(answer.get("open").asBoolean()).isTrue();
        assertThat(strict.at("/figures/2/cases").asLong())
                .isLessThanOrEqualTo(strict.at("/figures/1/cases").asLong());
        assertThat(strict.get("order").asText()).isEqualTo("strict");
    }

    @Test
    void theDropOffPathsStartWhereTheCasesLeftTheFunnel() {
        JsonNode funnel = ask("/funnel", FUNNEL.formatted(""));
        JsonNode drop = ask("/drop-off", FUNNEL.formatted(",\"step\":2,\"depth\":3"));

        long dropped = funnel.at("/figures/2/dropOff").asLong();
        assertThat(drop.at("/paths/cases").asLong()).isEqualTo(dropped).isPositive();
        assertThat(drop.get("from").asText()).isEqualTo("Check");
        assertThat(drop.at("/paths/levels/0/nodes/0/name").asText()).isEqualTo(CHECK);
        for (JsonNode level : drop.at("/paths/levels")) {
            assertThat(level.get("nodes").findValues("cases").stream()
                            .mapToLong(JsonNode::asLong)
                            .sum())
                    .isEqualTo(dropped);
        }
    }

    @Test
    void pathsFromAnActivityHoldEveryCaseAtEveryLevelAndMatchThePathAnalysis() throws IOException {
        JsonNode answer = ask("/paths", "{\"activity\":\"" + CHECK + "\",\"depth\":4,\"nodesPerLevel\":3}");
        JsonNode expanded =
                ask("/paths", "{\"activity\":\"" + CHECK + "\",\"depth\":4,\"nodesPerLevel\":3,\"expand\":{\"2\":4}}");
        PathAnalysis engine = PathAnalysis.of(engineLog(), CHECK, 4, 10, null);

        assertThat(answer.at("/paths/cases").asLong()).isEqualTo(engine.cases());
        for (JsonNode level : answer.at("/paths/levels")) {
            assertThat(level.get("nodes").findValues("cases").stream()
                            .mapToLong(JsonNode::asLong)
                            .sum())
                    .isEqualTo(engine.cases());
        }
        assertThat(answer.at("/paths/topPaths/0/cases").asLong())
                .isEqualTo(engine.after().getFirst().cases());
        assertThat(expanded.at("/paths/levels/2/nodes").size())
                .isGreaterThan(answer.at("/paths/levels/2/nodes").size());
    }

    @Test
    void theProcessMapIsCutByItsSlidersAndASegmentNarrowsEveryView() {
        JsonNode wide = ask("/process-map", "{\"activities\":30,\"edges\":500}");
        JsonNode narrow = ask("/process-map", "{\"activities\":4,\"edges\":3}");
        JsonNode variants = ask("/variants", "{\"limit\":5}");
        JsonNode top = variants.at("/rows/0");
        String variantSegment = ",\"segment\":{\"variant\":" + top.get("activities") + "}";
        JsonNode onlyTop = ask("/variants", "{" + variantSegment.substring(1) + "}");
        JsonNode internet = ask("/process-map", "{\"segment\":{\"attributes\":{\"channel\":[\"Internet\"]}}}");

        assertThat(narrow.get("activities")).hasSize(4);
        assertThat(narrow.get("edges").size()).isLessThanOrEqualTo(3);
        assertThat(wide.get("edges").size()).isEqualTo(wide.get("edgesInLog").asInt());
        assertThat(onlyTop.get("casesConsidered").asLong())
                .isEqualTo(top.get("cases").asLong());
        assertThat(onlyTop.get("variantCount").asLong()).isEqualTo(1);
        assertThat(internet.get("cases").asLong())
                .isPositive()
                .isLessThan(wide.get("cases").asLong());
    }

    @Test
    void driversAreRankedWithCountsAndIntervals() {
        JsonNode answer = ask("/drivers", FUNNEL.formatted(",\"minCases\":20"));

        JsonNode first = answer.at("/drivers/0");
        assertThat(answer.get("goal").asText()).isEqualTo("Decide");
        assertThat(first.get("casesWith").asLong() + first.get("casesWithout").asLong())
                .isEqualTo(answer.get("entered").asLong());
        assertThat(first.get("low").asDouble())
                .isLessThanOrEqualTo(first.get("oddsRatio").asDouble());
        assertThat(answer.get("drivers").findValuesAsText("name")).doesNotContain(DECIDE);
    }

    @Test
    void theJourneysStagesCanBeTheFunnel() {
        String journey = """
                {"id":"claims","name":"Receipt","state":"current",
                 "stages":[{"id":"s1","name":"Confirm","steps":[{"id":"st1","name":"Confirmation of receipt"}]},
                           {"id":"s2","name":"Check","steps":[{"id":"st2","name":"T02 *"}]}],
                 "lanes":[{"id":"l-actions","kind":"actions","title":"Actions"}]}""";
        owner.post(logs.replace("/explore/logs", "/journeys"), journey);

        JsonNode answer = ask("/funnel", "{\"journey\":\"claims\"}");

        assertThat(answer.get("steps").findValuesAsText("name")).containsExactly("Confirm", "Check");
        assertThat(answer.at("/steps/1/activities/0").asText()).isEqualTo("T02 *");
        assertThat(answer.get("note").asText()).contains("journey 'claims'");
    }

    @Test
    void badQueriesNameTheFieldAndAnUnknownLogSaysToUploadAgain() {
        Reply attribute = owner.post(receipt + "/funnel", FUNNEL.formatted(",\"breakdown\":[\"colour\"]"));
        Reply activity = owner.post(receipt + "/paths", "{\"activity\":\"Teleport\"}");
        Reply optionalFirst =
                owner.post(receipt + "/funnel", "{\"steps\":[{\"activities\":[\"x\"],\"optional\":true}]}");
        Reply from = owner.post(receipt + "/variants", "{\"segment\":{\"from\":\"last tuesday\"}}");
        Reply gone = owner.post(logs + "/log-0000/funnel", FUNNEL.formatted(""));
        Reply badLog =
                owner.send("POST", logs + "?file=claims.csv", "case,activity,time\nc1,a,yesterday\n", "text/csv");

        assertThat(attribute.status()).isEqualTo(400);
        assertThat(attribute.json().at("/errors/0/path").asText()).isEqualTo("breakdown[0]");
        assertThat(attribute.body()).contains("\\\"colour\\\" is not an attribute", "case:group");
        assertThat(activity.json().at("/errors/0/path").asText()).isEqualTo("activity");
        assertThat(optionalFirst.json().at("/errors/0/path").asText()).isEqualTo("steps[0].optional");
        assertThat(from.json().at("/errors/0/path").asText()).isEqualTo("segment.from");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).contains("upload it again");
        assertThat(badLog.status()).isEqualTo(400);
        assertThat(badLog.body()).contains("claims.csv:2", "yesterday").doesNotContain("/tmp/");
    }

    @Test
    void theSameQueryWithItsKeysInAnotherOrderGetsTheSameAnswer() {
        String query = "{\"activity\":\"" + CONFIRM + "\",\"depth\":2}";
        String reordered = "{\"depth\":2,\"activity\":\"" + CONFIRM + "\"}";

        String first = owner.post(receipt + "/paths", query).body();
        String again = owner.post(receipt + "/paths", reordered).body();

        assertThat(again).isEqualTo(first).contains("\"cases\"");
    }
}
