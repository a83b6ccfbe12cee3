package io.journeyboard.insights.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.insights.SubThemeAnalysis;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a report as the JSON documented in {@code docs/insights.md}: {@code summary}, {@code items},
 * {@code themes} (with their {@code placement} when placed), {@code suggestions} and {@code trends}. Scores are rounded
 * to three decimals; absent metadata is
 * left out rather than written as null.
 */
public final class InsightReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InsightReportJson() {}

    public static void write(InsightReport report, Writer out) throws IOException {
        MAPPER.writeValue(out, tree(report));
    }

    public static ObjectNode tree(InsightReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("summary", summary(report));
        ArrayNode items = root.putArray("items");
        report.items().forEach(item -> items.add(item(item)));
        ArrayNode themes = root.putArray("themes");
        report.themes().forEach(theme -> themes.add(theme(theme, report)));
        ArrayNode suggestions = root.putArray("suggestions");
        report.suggestions().forEach(suggestion -> suggestions.add(suggestion(suggestion)));
        root.set("trends", TrendJson.tree(report));
        return root;
    }

    private static ObjectNode summary(InsightReport report) {
        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("items", report.items().size());
        summary.put("themes", report.themes().size());
        for (SentimentLabel label : SentimentLabel.values()) {
            summary.put(
                    label.key(),
                    report.items().stream()
                            .filter(i -> i.sentiment().label() == label)
                            .count());
        }
        summary.put(
                "meanSentiment",
                round(report.items().stream()
                        .mapToDouble(i -> i.sentiment().score())
                        .average()
                        .orElse(0)));
        return summary;
    }

    private static ObjectNode item(AnalysedItem analysed) {
        FeedbackItem item = analysed.item();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", item.id());
        node.put("text", item.text());
        node.put("sentiment", round(analysed.sentiment().score()));
        node.put("label", analysed.sentiment().label().key());
        node.put("theme", analysed.themeId());
        putIfPresent(node, "date", item.date() == null ? null : item.date().toString());
        if (item.rating() != null) {
            node.put("rating", item.rating());
        }
        putIfPresent(node, "channel", item.channel());
        putIfPresent(node, "stage", item.stage());
        putIfPresent(node, "customer", item.customer());
        putIfPresent(node, "source", item.source());
        node.put("location", item.location());
        return node;
    }

    private static ObjectNode theme(Theme theme, InsightReport report) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", theme.id());
        node.put("name", theme.name());
        ArrayNode keywords = node.putArray("keywords");
        theme.keywords().forEach(keywords::add);
        node.put("size", theme.size());
        node.put(
                "share",
                round((double) theme.size() / Math.max(1, report.items().size())));
        node.put("sentiment", round(theme.sentiment()));
        node.put("label", theme.label().key());
        node.put("splittable", SubThemeAnalysis.splittable(theme));
        ArrayNode quotes = node.putArray("quotes");
        for (Quote quote : theme.quotes()) {
            quotes.addObject().put("item", quote.itemId()).put("text", quote.text());
        }
        report.placements().stream()
                .filter(p -> p.themeId().equals(theme.id()))
                .findFirst()
                .ifPresent(placement -> node.set("placement", placement(placement)));
        return node;
    }

    private static ObjectNode placement(Placement placement) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("stage", placement.stageId());
        node.put("stageName", placement.stageName());
        putIfPresent(node, "step", placement.stepId());
        putIfPresent(node, "touchpoint", placement.touchpointId());
        node.put("basis", placement.basis().key());
        node.put("score", round(placement.similarity()));
        return node;
    }

    private static ObjectNode suggestion(Suggestion suggestion) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", suggestion.id());
        node.put("kind", suggestion.kind().key());
        node.put("theme", suggestion.themeId());
        node.put("title", suggestion.title());
        if (suggestion.placement() != null) {
            node.set("placement", placement(suggestion.placement()));
        }
        node.put("evidenceCount", suggestion.evidenceCount());
        node.put("sentiment", round(suggestion.sentiment()));
        if (suggestion.severity() != null) {
            node.put("severity", suggestion.severity().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode quotes = node.putArray("quotes");
        for (FeedbackItem item : suggestion.quotes()) {
            quotes.addObject().put("item", item.id()).put("text", item.text()).put("location", item.location());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
