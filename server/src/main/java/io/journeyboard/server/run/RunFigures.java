package io.journeyboard.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The few figures a list of runs shows, taken from a run's answer (the same JSON its screen reads). */
public final class RunFigures {

    private final ObjectMapper mapper;

    public RunFigures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What is known when a feedback analysis starts. */
    public ObjectNode items(int items) {
        return mapper.createObjectNode().put("items", items);
    }

    /** Items by sentiment, themes and suggestions of an insight report ({@code InsightReportJson}). */
    public ObjectNode ofInsights(JsonNode report) {
        JsonNode summary = report.path("summary");
        ObjectNode figures = mapper.createObjectNode();
        for (String name : new String[] {"items", "themes", "positive", "neutral", "negative", "meanSentiment"}) {
            if (summary.has(name)) {
                figures.set(name, summary.get(name));
            }
        }
        figures.put("suggestions", report.path("suggestions").size());
        return figures;
    }

    /** Cases, events and activities of an analytics report, with how many cases the funnel's last stage reached. */
    public ObjectNode ofAnalytics(JsonNode report) {
        JsonNode summary = report.path("summary");
        ObjectNode figures = mapper.createObjectNode()
                .put("cases", summary.path("cases").asLong())
                .put("events", summary.path("events").asLong())
                .put("activities", summary.path("activities").asLong())
                .put("painPoints", report.path("painPoints").size());
        JsonNode steps = report.path("funnel").path("steps");
        if (steps.isArray() && !steps.isEmpty()) {
            figures.put("converted", steps.get(steps.size() - 1).path("cases").asLong());
        }
        return figures;
    }
}
