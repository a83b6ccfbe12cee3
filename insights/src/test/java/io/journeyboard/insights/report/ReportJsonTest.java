package io.journeyboard.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.insights.TestModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private final InsightReport report = TestModel.yelpReport();

    @Test
    void writesItemsWithScoreLabelAndThemeAndThemesWithKeywordsSizeSentimentAndQuotes() throws IOException {
        StringWriter out = new StringWriter();
        InsightReportJson.write(report, out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        JsonNode item = json.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo("yelp-1");
        assertThat(item.get("sentiment").isNumber()).isTrue();
        assertThat(item.get("sentiment").asDouble()).isBetween(-1.0, 1.0);
        assertThat(item.get("label").asText()).isIn("positive", "neutral", "negative");
        assertThat(item.get("theme").asText()).matches("T\\d+");
        assertThat(item.has("rating")).isFalse();

        JsonNode theme = json.get("themes").get(0);
        assertThat(theme.get("id").asText()).isEqualTo("T1");
        assertThat(theme.get("keywords")).hasSize(5);
        assertThat(theme.get("size").asInt())
                .isEqualTo(report.themes().getFirst().size());
        assertThat(theme.get("quotes").get(0).get("item").asText()).startsWith("yelp-");
        assertThat(json.get("summary").get("items").asInt()).isEqualTo(1000);
        assertThat(json.get("summary").get("positive").asInt()
                        + json.get("summary").get("neutral").asInt()
                        + json.get("summary").get("negative").asInt())
                .isEqualTo(1000);
    }

    @Test
    void writesPlacementsAndSuggestionsWithEvidenceCountSentimentSeverityAndQuotes() throws IOException {
        InsightReport onMap = TestModel.yelpOnRestaurantMap();
        StringWriter out = new StringWriter();
        InsightReportJson.write(onMap, out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        JsonNode placement = json.get("themes").get(0).get("placement");
        assertThat(placement.get("stage").asText()).startsWith("stage-");
        assertThat(placement.get("step").asText()).startsWith("step-");
        assertThat(placement.get("basis").asText()).isEqualTo("similarity");
        JsonNode pain = null;
        for (JsonNode suggestion : json.get("suggestions")) {
            if (suggestion.get("kind").asText().equals("pain-point")) {
                pain = suggestion;
                break;
            }
        }
        assertThat(pain).isNotNull();
        assertThat(pain.get("id").asText()).matches("pain-t\\d+");
        assertThat(pain.get("evidenceCount").asInt()).isPositive();
        assertThat(pain.get("sentiment").asDouble()).isNegative();
        assertThat(pain.get("severity").asText()).isIn("low", "medium", "high", "critical");
        assertThat(pain.get("quotes").get(0).get("location").asText())
                .isEqualTo(
                        "yelp-" + pain.get("quotes").get(0).get("item").asText().substring("yelp-".length()));
        assertThat(json.get("suggestions")).hasSize(onMap.suggestions().size());
    }

    @Test
    void textReportListsEveryThemeWithItsQuotes() {
        StringWriter out = new StringWriter();
        InsightReportText.write(report, new PrintWriter(out));

        assertThat(out.toString()).startsWith("1000 items: ");
        assertThat(out.toString())
                .contains("T1  " + String.join(", ", report.themes().getFirst().keywords()));
        assertThat(out.toString())
                .contains(report.themes().getLast().quotes().getFirst().text());
    }
}
