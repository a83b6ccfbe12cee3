package io.journeyboard.insights.report;

import io.journeyboard.insights.themes.Theme;
import java.util.List;
import java.util.Optional;

/** What an analysis found: every item with its sentiment and theme, and the themes. */
public record InsightReport(List<AnalysedItem> items, List<Theme> themes) {

    public InsightReport {
        items = List.copyOf(items);
        themes = List.copyOf(themes);
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
