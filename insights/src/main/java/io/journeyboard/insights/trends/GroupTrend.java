package io.journeyboard.insights.trends;

import java.util.List;

/**
 * The themes and sentiment of one group of items: a period (then {@code key} is the period, such as
 * {@code 2026-03}) or a place on the journey (then {@code key} is the stage id, with a step id when known).
 *
 * @param sentimentChange the mean sentiment minus the previous period's (0 for the first period and for stages)
 * @param themes          largest first
 */
public record GroupTrend(
        String key,
        String stepId,
        int items,
        double sentiment,
        double negativeShare,
        double sentimentChange,
        List<ThemeCount> themes) {

    public GroupTrend {
        themes = List.copyOf(themes);
    }

    /** Themes flagged as emerging in this group. */
    public List<ThemeCount> emerging() {
        return themes.stream().filter(ThemeCount::emerging).toList();
    }
}
