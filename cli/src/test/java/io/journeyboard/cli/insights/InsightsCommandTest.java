package io.journeyboard.cli.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.cli.CliRun;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.format.WorkspaceJson;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsCommandTest {

    @TempDir
    Path dir;

    private Path feedback;

    /** The first 120 real yelp sentences as a survey export with a header. */
    @BeforeEach
    void writeFeedback() throws IOException {
        List<String> lines = Files.readAllLines(YelpFile.path()).subList(0, 120);
        List<String> csv = new ArrayList<>(List.of("id,text"));
        for (int i = 0; i < lines.size(); i++) {
            String text =
                    lines.get(i).substring(0, lines.get(i).lastIndexOf('\t')).strip();
            csv.add("r" + (i + 1) + ",\"" + text.replace("\"", "\"\"") + "\"");
        }
        feedback = Files.write(dir.resolve("reviews.csv"), csv, StandardCharsets.UTF_8);
    }

    private Path restaurantMap() {
        Journey journey = new Journey(
                "dinner",
                "Dinner out",
                null,
                null,
                JourneyState.CURRENT,
                List.of(),
                List.of(),
                List.of(
                        new Stage("arrive", "Arrive", null, List.of(new Step("wait", "Wait to be seated", null, null))),
                        new Stage(
                                "eat",
                                "Eat",
                                null,
                                List.of(
                                        new Step("food", "Food is served", "Taste and quality of the dishes", null),
                                        new Step("service", "Table service", "Waiters and staff", null))),
                        new Stage(
                                "pay",
                                "Pay",
                                null,
                                List.of(new Step("bill", "Pay the bill", "Prices, value for money", null)))),
                List.of(new Lane("actions", LaneKind.ACTIONS, "Actions")),
                List.of(),
                List.of(),
                List.of());
        Path map = dir.resolve("map.json");
        new WorkspaceJson().write(new Workspace("Restaurant", null, List.of(), List.of(journey), List.of()), map);
        return map;
    }

    @Test
    void printsAJsonReportWithItemsThemesAndSuggestions() throws IOException {
        CliRun run = CliRun.of("insights", feedback.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("items")).hasSize(120);
        assertThat(report.get("items").get(0).get("id").asText()).isEqualTo("r1");
        assertThat(report.get("items").get(0).has("sentiment")).isTrue();
        assertThat(report.get("themes").size()).isGreaterThanOrEqualTo(4);
        assertThat(report.get("themes").get(0).get("keywords").size()).isEqualTo(5);
        assertThat(report.has("suggestions")).isTrue();
    }

    @Test
    void writesTheTextReportToAFileAndPlacesThemesOnTheMap() throws IOException {
        Path out = dir.resolve("report.txt");

        CliRun run = CliRun.of(
                "insights", feedback.toString(), "--map", restaurantMap().toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String report = Files.readString(out);
        assertThat(report).startsWith("120 items: ").contains("Suggestions").contains("-> step ");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("reviews.csv", "map.json", "report.txt");
    }

    @Test
    void acceptsAllPlacedSuggestionsOntoANewMapFile() throws IOException, FormatException {
        Path map = restaurantMap();
        Path updated = dir.resolve("with-insights.json");

        CliRun run = CliRun.of(
                "insights",
                feedback.toString(),
                "--map",
                map.toString(),
                "--accept",
                "all",
                "--write-map",
                updated.toString(),
                "--format",
                "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("suggestions on journey 'dinner' in " + updated);
        Workspace workspace = new WorkspaceJson().read(updated);
        List<Card> cards = workspace.journey("dinner").orElseThrow().cards();
        JsonNode suggestions = new ObjectMapper().readTree(run.out()).get("suggestions");
        assertThat(cards).hasSizeGreaterThanOrEqualTo(1).allSatisfy(card -> {
            assertThat(card.id()).startsWith("insight-");
            assertThat(card.evidenceIds()).isNotEmpty();
        });
        assertThat(suggestions.get(0).get("id").asText())
                .isIn(cards.stream()
                        .map(c -> c.id().substring("insight-".length()))
                        .toList());
        assertThat(workspace.evidence()).isNotEmpty();
        assertThat(new WorkspaceJson().read(map).journey("dinner").orElseThrow().cards())
                .isEmpty();
    }

    @Test
    void reportsBadRowsAsOneErrorWithFileLineAndColumnAndWritesNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,text,rating\n1,Lovely,5\n2,Awful,terrible\n");
        Path out = dir.resolve("report.json");

        CliRun run = CliRun.of("insights", bad.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains("bad.csv:3: column 'rating' \"terrible\" is not a number");
        assertThat(out).doesNotExist();
    }

    @Test
    void explainsMissingOptionsAndUnknownSuggestions() {
        assertThat(CliRun.of("insights", feedback.toString(), "--accept", "all").err())
                .contains("--accept needs --map");
        assertThat(CliRun.of("insights", feedback.toString(), "--format", "xml").err())
                .contains("'--format'", "expected one of [json, text]", "'xml'");
        assertThat(CliRun.of("insights", feedback.toString(), "--sentiment", "vibes")
                        .err())
                .contains("'--sentiment'", "LEXICON, ANCHORS, COMBINED", "'vibes'");
        CliRun unknown = CliRun.of(
                "insights",
                feedback.toString(),
                "--map",
                restaurantMap().toString(),
                "--accept",
                "pain-t99",
                "--write-map",
                dir.resolve("x.json").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no suggestion 'pain-t99'");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
