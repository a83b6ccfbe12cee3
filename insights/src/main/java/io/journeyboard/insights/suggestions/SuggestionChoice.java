package io.journeyboard.insights.suggestions;

import io.journeyboard.insights.report.InsightReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Which suggestions of a report a user accepts: named by id, or {@code all} of those placed on the map. */
public final class SuggestionChoice {

    private SuggestionChoice() {}

    /**
     * The suggestions {@code ids} names. Throws {@link IllegalArgumentException} with the ids on offer
     * when one is unknown, or when {@code all} finds none placed on the map.
     */
    public static List<Suggestion> of(InsightReport report, List<String> ids) {
        return of(report.suggestions(), ids);
    }

    /** The same choice among {@code suggestions}, for a caller that kept the suggestions without their report. */
    public static List<Suggestion> of(List<Suggestion> suggestions, List<String> ids) {
        if (ids.size() == 1 && ids.getFirst().strip().equalsIgnoreCase("all")) {
            List<Suggestion> placed =
                    suggestions.stream().filter(Suggestion::placed).toList();
            if (placed.isEmpty()) {
                throw new IllegalArgumentException(
                        "no suggestion could be placed on the map, so none was accepted; the map is unchanged");
            }
            return placed;
        }
        List<Suggestion> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(suggestions.stream()
                    .filter(s -> s.id().equals(id.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("there is no suggestion '" + id.strip()
                            + "'; this feedback gives: "
                            + suggestions.stream().map(Suggestion::id).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }
}
