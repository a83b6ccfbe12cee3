package io.journeyboard.insights.report;

import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.insights.themes.Theme;
import java.util.List;
import java.util.Optional;

/**
 * What an analysis found: every item with its sentiment and theme, the themes, where the themes sit
 * on the map (only the placed ones) and the pain points and delights suggested from them.
 */
public record InsightReport(
        List<AnalysedItem> items, List<Theme> themes, List<Placement> placements, List<Suggestion> suggestions) {

    public InsightReport {
        items = List.copyOf(items);
        themes = List.copyOf(themes);
        placements = List.copyOf(placements);
        suggestions = List.copyOf(suggestions);
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Suggestion> suggestion(String id) {
        return suggestions.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
