package io.journeyboard.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogReadOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented report shape (docs/analytics-report.md), on the real receipt log with a funnel. */
class ReportJsonTest {

    @TempDir
    Path dir;

    @Test
    void reportHasTheDocumentedTopLevelAndFigures() throws Exception {
        Path stages = Files.writeString(dir.resolve("stages.json"), """
                {"stages": [
                  {"name": "Receipt", "activities": ["Confirmation of receipt"]},
                  {"name": "Check", "activities": ["T02*", "T03*"], "optional": true},
                  {"name": "Confirm", "activities": ["T05 Print and send confirmation of receipt"]},
                  {"name": "Decide", "activities": ["T10*"]}]}""");
        LoadedLog loaded = EventLogReader.read(SharedData.file("receipt.csv"), LogReadOptions.defaults());
        AnalyticsReport report = JourneyAnalysis.run(
                loaded,
                AnalyticsOptions.defaults()
                        .withStages(StageMapping.read(stages))
                        .withPaths("Confirmation of receipt", 2));
        JsonNode json = new ObjectMapper().readTree(AnalyticsReportJson.toJson(report));

        assertThat(json.fieldNames())
                .toIterable()
                .contains(
                        "schemaVersion",
                        "ingest",
                        "summary",
                        "transitions",
                        "variants",
                        "funnel",
                        "painPoints",
                        "momentsOfTruth",
                        "touchpoints",
                        "stages",
                        "channels",
                        "paths");
        assertThat(json.at("/summary/events").asLong()).isEqualTo(8577);
        assertThat(json.at("/summary/cases").asLong()).isEqualTo(1434);
        assertThat(json.at("/summary/activities").asInt()).isEqualTo(27);
        assertThat(json.at("/summary/variants").asLong()).isEqualTo(116);
        assertThat(json.at("/summary/channels").asInt()).isEqualTo(5);
        assertThat(json.at("/ingest/detected").toString()).contains("channel");
        JsonNode edge = json.get("transitions").get(0);
        assertThat(edge.fieldNames())
                .toIterable()
                .containsExactly("from", "to", "count", "cases", "meanSeconds", "medianSeconds");
        long total = 0;
        for (JsonNode e : json.get("transitions")) {
            total += e.get("count").asLong();
        }
        assertThat(total).isEqualTo(7143);
        assertThat(json.at("/funnel/steps")).hasSize(4);
        assertThat(json.at("/funnel/steps/0/cases").asLong()).isEqualTo(1434);
        assertThat(json.at("/funnel/converted").isMissingNode()).isTrue();
        assertThat(json.get("channels")).hasSize(5);
        assertThat(json.get("momentsOfTruth").size()).isPositive();

        StringWriter text = new StringWriter();
        AnalyticsReportText.write(report, new PrintWriter(text));
        assertThat(text.toString())
                .contains(
                        "8,577 events, 1,434 cases, 27 activities, 5 channels, 116 variants",
                        "Funnel (ordered)",
                        "Moments of truth");
    }
}
