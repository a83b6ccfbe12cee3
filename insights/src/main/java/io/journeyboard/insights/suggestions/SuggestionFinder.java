package io.journeyboard.insights.suggestions;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.model.journey.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns themes into suggestions: a negative theme (mean sentiment below −0.05) becomes a pain point,
 * a positive one (above 0.05) a moment of delight; neutral themes suggest nothing. A pain point's
 * severity grows with how negative and how common it is: critical at a mean of −0.5 or lower
 * shared by at least 10 % of all items, high at −0.3 or lower and 5 %, medium at −0.15 or lower or
 * 5 %, low otherwise.
 */
public final class SuggestionFinder {

    /**
     * The suggestions, ordered by stage (map order given by {@code stageOrder}; unplaced last), then by
     * evidence count, largest first.
     *
     * @param stageOrder stage ids in map order; empty without a map (stages then sort by name)
     */
    public List<Suggestion> suggest(List<Theme> themes, List<Placement> placements, Map<String, FeedbackItem> items,
                                    List<String> stageOrder) {
        Map<String, Placement> placementOf = placements.stream()
                .collect(Collectors.toMap(Placement::themeId, Function.identity()));
        int total = themes.stream().mapToInt(Theme::size).sum();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Theme theme : themes) {
            SentimentLabel label = theme.label();
            if (label == SentimentLabel.NEUTRAL) {
                continue;
            }
            SuggestionKind kind = label == SentimentLabel.NEGATIVE ? SuggestionKind.PAIN_POINT : SuggestionKind.DELIGHT;
            Severity severity = kind == SuggestionKind.PAIN_POINT ? severity(theme, total) : null;
            List<FeedbackItem> quotes = theme.quotes().stream().map(Quote::itemId).map(items::get).toList();
            suggestions.add(new Suggestion(kind.idPrefix() + "-" + theme.id().toLowerCase(Locale.ROOT), kind, theme.id(),
                    capitalised(theme.name()), placementOf.get(theme.id()), theme.size(), theme.sentiment(), severity,
                    quotes, theme.itemIds()));
        }
        suggestions.sort(Comparator.comparing((Suggestion s) -> stageRank(s, stageOrder))
                .thenComparing(s -> s.placement() == null ? "" : s.placement().stageName())
                .thenComparing(Suggestion::evidenceCount, Comparator.reverseOrder())
                .thenComparing(Suggestion::id));
        return suggestions;
    }

    static Severity severity(Theme theme, int totalItems) {
        double share = (double) theme.size() / Math.max(1, totalItems);
        double mean = theme.sentiment();
        if (mean <= -0.5 && share >= 0.10) {
            return Severity.CRITICAL;
        }
        if (mean <= -0.3 && share >= 0.05) {
            return Severity.HIGH;
        }
        if (mean <= -0.15 || share >= 0.05) {
            return Severity.MEDIUM;
        }
        return Severity.LOW;
    }

    private static int stageRank(Suggestion suggestion, List<String> stageOrder) {
        if (suggestion.placement() == null) {
            return Integer.MAX_VALUE;
        }
        int index = stageOrder.indexOf(suggestion.placement().stageId());
        return index < 0 ? Integer.MAX_VALUE - 1 : index;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
