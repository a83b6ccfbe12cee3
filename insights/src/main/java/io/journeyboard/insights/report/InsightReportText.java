package io.journeyboard.insights.report;

import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes a report for reading in a terminal: a summary line, then each theme with its keywords, sentiment and quotes.
 */
public final class InsightReportText {

    private InsightReportText() {}

    public static void write(InsightReport report, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%d items: %d positive, %d neutral, %d negative; %d themes%n",
                report.items().size(),
                count(report, SentimentLabel.POSITIVE),
                count(report, SentimentLabel.NEUTRAL),
                count(report, SentimentLabel.NEGATIVE),
                report.themes().size());
        for (Theme theme : report.themes()) {
            out.println();
            out.printf(
                    Locale.ROOT,
                    "%s  %s  (%d items, sentiment %+.2f %s)%n",
                    theme.id(),
                    String.join(", ", theme.keywords()),
                    theme.size(),
                    theme.sentiment(),
                    theme.label().key());
            for (Quote quote : theme.quotes()) {
                out.printf("    \"%s\"  [%s]%n", quote.text(), quote.itemId());
            }
        }
        writeSuggestions(report, out);
        out.flush();
    }

    /** Suggestions grouped by stage, in map order. */
    private static void writeSuggestions(InsightReport report, PrintWriter out) {
        if (report.suggestions().isEmpty()) {
            return;
        }
        out.println();
        out.println("Suggestions");
        String stage = null;
        for (Suggestion suggestion : report.suggestions()) {
            String name = suggestion.placement() == null
                    ? "(not placed)"
                    : suggestion.placement().stageName();
            if (!name.equals(stage)) {
                stage = name;
                out.println("  " + name);
            }
            out.printf(
                    Locale.ROOT,
                    "    %-12s %-9s %s  (%d items, sentiment %+.2f%s)%s%n",
                    suggestion.id(),
                    suggestion.kind().key(),
                    suggestion.title(),
                    suggestion.evidenceCount(),
                    suggestion.sentiment(),
                    suggestion.severity() == null
                            ? ""
                            : ", " + suggestion.severity().name().toLowerCase(Locale.ROOT),
                    suggestion.placed() ? "  -> step " + suggestion.placement().stepId() : "");
        }
    }

    private static long count(InsightReport report, SentimentLabel label) {
        return report.items().stream()
                .filter(i -> i.sentiment().label() == label)
                .count();
    }
}
