package io.journeyboard.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    /** A real log the repository carries in {@code data/}. */
    static Path dataFile(String name) {
        return Path.of("..", "data", name);
    }

    @Test
    void jsonReportOfBpic2012HasTheKnownFigures() throws Exception {
        Path out = dir.resolve("report.json");
        CliRun run =
                CliRun.of("analyze", dataFile("bpic2012.xes.gz").toString(), "--format", "json", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.at("/summary/cases").asLong()).isEqualTo(13_087);
        assertThat(json.at("/summary/events").asLong()).isEqualTo(262_200);
        assertThat(json.at("/summary/activities").asInt()).isEqualTo(24);
        assertThat(json.at("/summary/variants").asLong()).isEqualTo(4_366);
        assertThat(json.get("transitions")).hasSize(125);
        long total = 0;
        for (JsonNode edge : json.get("transitions")) {
            total += edge.get("count").asLong();
        }
        assertThat(total).isEqualTo(249_113);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void textReportWithFunnelMappingAndPaths() throws Exception {
        Path stages = Files.writeString(dir.resolve("stages.json"), """
                {"order": "ordered", "stages": [
                  {"name": "Register", "activities": ["register request"]},
                  {"name": "Decide", "activities": ["decide"]},
                  {"name": "Pay", "activities": ["pay compensation"]}]}""");
        CliRun run = CliRun.of(
                "analyze",
                dataFile("running-example.csv").toString(),
                "--stages",
                stages.toString(),
                "--paths",
                "decide",
                "--path-length",
                "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "42 events, 6 cases, 8 activities",
                        "Funnel (ordered)",
                        "Paths around decide",
                        "detected: case, activity, time, resource");
        assertThat(run.out()).containsPattern("Pay\\s+3\\s+50\\.0% of previous");
    }

    @Test
    void pictureOfTheFunnelAndPathsAsSvgAndPng() throws Exception {
        Path stages = Files.writeString(dir.resolve("stages.json"), """
                {"stages": [{"name": "Register", "activities": ["register request"]}, {"name": "Pay",
                "activities": ["pay compensation"]}]}""");
        Path svg = dir.resolve("report.svg");
        Path png = dir.resolve("report.png");

        CliRun svgRun = CliRun.of(
                "analyze",
                dataFile("running-example.csv").toString(),
                "--stages",
                stages.toString(),
                "--format",
                "svg",
                "-o",
                svg.toString());
        CliRun pngRun = CliRun.of(
                "analyze", dataFile("running-example.csv").toString(), "--format", "png", "-o", png.toString());
        CliRun pngToTerminal =
                CliRun.of("analyze", dataFile("running-example.csv").toString(), "--format", "png");

        assertThat(svgRun.exitCode()).as(svgRun.err()).isZero();
        assertThat(Files.readString(svg))
                .startsWith("<?xml")
                .contains("Funnel", ">Register<", ">Pay<", "6 (100%)", "3 (50%)");
        assertThat(pngRun.exitCode()).as(pngRun.err()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(pngToTerminal.exitCode()).isEqualTo(1);
        assertThat(pngToTerminal.err()).contains("name it with -o");
    }

    @Test
    void journeyMapStagesDefineTheFunnel() throws Exception {
        Path map = Files.writeString(dir.resolve("claims.mmd"), """
                journey
                  title Compensation request
                  section Register
                    register request: 3: Claimant
                  section Decide
                    decide: 3: Claimant
                  section Pay
                    pay compensation: 5: Claimant
                """);

        CliRun run = CliRun.of("analyze", dataFile("running-example.csv").toString(), "--map", map.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Funnel (ordered)");
        assertThat(run.out()).containsPattern("Pay\\s+3\\s+50\\.0% of previous");
        assertThat(CliRun.of(
                                "analyze",
                                dataFile("running-example.csv").toString(),
                                "--map",
                                map.toString(),
                                "--stages",
                                map.toString())
                        .err())
                .contains("either --stages or --map");
    }

    @Test
    void aJourneyWhoseFirstStageNoActivityReachesGivesNoFunnelAndANote() throws Exception {
        Path map = Files.writeString(dir.resolve("shop.mmd"), """
                journey
                  title Web shop
                  section Discover
                    visit site: 3: Buyer
                  section Pay
                    pay compensation: 5: Buyer
                """);

        CliRun run = CliRun.of("analyze", dataFile("running-example.csv").toString(), "--map", map.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("Funnel (");
        assertThat(run.err()).contains("no case reached the first stage (\"Discover\")");
    }

    @Test
    void aMapWithSeveralJourneysNeedsTheJourneyNamed() throws Exception {
        Path map = Files.writeString(dir.resolve("two.json"), """
                {"formatVersion":1,"name":"Two","journeys":[
                 {"id":"claims","name":"Claims","state":"current","stages":[{"id":"s1","name":"Register",
                   "steps":[{"id":"t1","name":"register request"}]}]},
                 {"id":"other","name":"Other","state":"current","stages":[{"id":"s2","name":"Pay",
                   "steps":[{"id":"t2","name":"pay compensation"}]}]}]}
                """);

        CliRun unnamed = CliRun.of("analyze", dataFile("running-example.csv").toString(), "--map", map.toString());
        CliRun named = CliRun.of(
                "analyze", dataFile("running-example.csv").toString(), "--map", map.toString(), "--journey", "other");

        assertThat(unnamed.exitCode()).isNotZero();
        assertThat(unnamed.err()).contains("has 2 journeys (claims, other)", "--journey");
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.out()).contains("Funnel (ordered)").containsPattern("Pay\\s+3\\s");
    }

    @Test
    void escapeSequencesInTheLogAreShownEscapedInTheTextReport() throws Exception {
        Path log = Files.writeString(
                dir.resolve("log.csv"),
                "case,activity,time\n"
                        + "c1,\u001b]0;owned\u0007Open,2024-01-01T10:00:00Z\nc1,\u001b[31mPay\u009b2J,2024-01-01T10:05:00Z\n");

        CliRun run = CliRun.of("analyze", log.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .doesNotContain("\u001b", "\u0007", "\u009b")
                .contains("\\u001b]0;owned\\u0007Open", "\\u001b[31mPay\\u009b2J");
    }

    @Test
    void badRowsFailWithOneLineAndNoReportUnlessSkipped() throws Exception {
        Path log = Files.writeString(
                dir.resolve("log.csv"),
                "case,activity,time\nc1,a,2024-01-01T10:00:00Z\nc1,b,soon\nc2,a,2024-01-02T10:00:00Z\n");
        Path out = dir.resolve("report.json");

        CliRun failed = CliRun.of("analyze", log.toString(), "-o", out.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err().strip())
                .startsWith("error: " + log + ":3: column 'time' \"soon\" not a timestamp")
                .contains("or leave bad rows out with --on-error skip");
        assertThat(out).doesNotExist();

        CliRun skipped =
                CliRun.of("analyze", log.toString(), "--on-error", "skip", "--format", "json", "-o", out.toString());
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.at("/ingest/skippedRows").asLong()).isEqualTo(1);
        assertThat(json.at("/ingest/firstProblems/0/line").asLong()).isEqualTo(3);
        assertThat(json.at("/summary/events").asLong()).isEqualTo(2);
    }

    @Test
    void aMissingFileAndAnUnknownFilterColumnAreOneLineErrors() throws Exception {
        CliRun missing = CliRun.of("analyze", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("error: " + dir.resolve("nope.csv") + ": no such file");

        CliRun filter = CliRun.of("analyze", dataFile("running-example.csv").toString(), "--filter", "region=north");
        assertThat(filter.exitCode()).isEqualTo(1);
        assertThat(filter.err()).contains("filter column \"region\" is not in the header");
    }

    @Test
    void filtersVariantsByACaseColumn() throws Exception {
        CliRun run = CliRun.of(
                "analyze", dataFile("receipt.csv").toString(), "--filter", "case:channel=Desk", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        // 109 cases have channel Desk (python3: csv.DictReader, distinct case:concept:name per case:channel).
        assertThat(json.at("/variants/casesConsidered").asLong()).isEqualTo(109);
        assertThat(json.at("/summary/cases").asLong()).isEqualTo(1434);
    }
}
