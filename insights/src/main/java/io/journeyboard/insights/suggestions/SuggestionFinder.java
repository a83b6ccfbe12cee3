package io.journeyboard.insights.suggestions;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.sentiment.SentimentScore;
import io.journeyboard.insights.themes.Keywords;
import io.journeyboard.insights.themes.Keywords.Term;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.insights.themes.ThemeNames;
import io.journeyboard.model.journey.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns themes into suggestions. Sentence embeddings group feedback by topic more than by mood, so
 * one theme ("service, staff, waiter") often holds both praise and complaints; each side of a theme
 * is judged on its own. The negative items of a theme become a pain point and its clearly positive
 * items ({@link SentimentScore#clearlyPositive()}: a mild or uncertain item is no evidence of delight) a
 * moment of delight, when that side holds at least {@value #MIN_ITEMS} items and
 * {@value #MIN_SIDE_SHARE} of the theme. A pain point's severity grows with how negative and how
 * common it is: critical at a mean of −0.5 or lower shared by at least 10 % of all items, high at
 * −0.3 or lower and 5 %, medium at −0.15 or lower or 5 %, low otherwise.
 */
public final class SuggestionFinder {

    static final int MIN_ITEMS = 3;
    static final double MIN_SIDE_SHARE = 0.3;
    private static final int QUOTES = 3;
    private static final int TITLE_TERMS = 10;

    /**
     * The suggestions, ordered by stage (map order given by {@code stageOrder}; unplaced last), then by
     * evidence count, largest first.
     *
     * @param items      every analysed item; their order within a theme decides which are quoted first
     * @param typicality how typical an item is of its theme (higher first), by item id
     * @param stageOrder stage ids in map order; empty without a map (stages then sort by name)
     */
    public List<Suggestion> suggest(
            List<Theme> themes,
            List<Placement> placements,
            List<AnalysedItem> items,
            Map<String, Double> typicality,
            List<String> stageOrder) {
        Map<String, Placement> placementOf =
                placements.stream().collect(Collectors.toMap(Placement::themeId, Function.identity()));
        Map<String, List<AnalysedItem>> byTheme = items.stream().collect(Collectors.groupingBy(AnalysedItem::themeId));
        Map<String, List<Term>> sideKeywords = sideKeywords(items);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Theme theme : themes) {
            List<AnalysedItem> members = byTheme.getOrDefault(theme.id(), List.of());
            for (SuggestionKind kind : SuggestionKind.values()) {
                SentimentLabel side =
                        kind == SuggestionKind.PAIN_POINT ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
                List<AnalysedItem> sideItems = members.stream()
                        .filter(i -> isOnSide(i.sentiment(), side))
                        .sorted(Comparator.comparingDouble((AnalysedItem i) ->
                                -typicality.getOrDefault(i.item().id(), 0.0)))
                        .toList();
                if (sideItems.size() >= MIN_ITEMS && sideItems.size() >= MIN_SIDE_SHARE * members.size()) {
                    String title = ThemeNames.name(
                            sideKeywords.getOrDefault(sideKey(theme.id(), side), List.of()), theme.name());
                    suggestions.add(
                            suggestion(kind, theme, title, sideItems, placementOf.get(theme.id()), items.size()));
                }
            }
        }
        suggestions.sort(Comparator.comparing((Suggestion s) -> stageRank(s, stageOrder))
                .thenComparing(s -> s.placement() == null ? "" : s.placement().stageName())
                .thenComparing(Suggestion::evidenceCount, Comparator.reverseOrder())
                .thenComparing(Suggestion::id));
        return suggestions;
    }

    private static boolean isOnSide(SentimentScore score, SentimentLabel side) {
        return side == SentimentLabel.POSITIVE ? score.clearlyPositive() : score.label() == side;
    }

    /**
     * The most distinctive terms of each side of each theme, by class-based TF-IDF over all sides, so the
     * praise and the complaints of one theme are named by what sets each apart.
     */
    private static Map<String, List<Term>> sideKeywords(List<AnalysedItem> items) {
        Map<String, Integer> classes = new LinkedHashMap<>();
        int[] assignment = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            String key =
                    sideKey(items.get(i).themeId(), items.get(i).sentiment().label());
            assignment[i] = classes.computeIfAbsent(key, k -> classes.size());
        }
        List<List<Term>> keywords = Keywords.terms(
                items.stream().map(i -> i.item().text()).toList(), assignment, classes.size(), TITLE_TERMS, false);
        Map<String, List<Term>> byKey = new HashMap<>();
        classes.forEach((key, index) -> byKey.put(key, keywords.get(index)));
        return byKey;
    }

    private static String sideKey(String themeId, SentimentLabel side) {
        return themeId + "/" + side;
    }

    private static Suggestion suggestion(
            SuggestionKind kind,
            Theme theme,
            String title,
            List<AnalysedItem> sideItems,
            Placement placement,
            int totalItems) {
        double mean = sideItems.stream()
                .mapToDouble(i -> i.sentiment().score())
                .average()
                .orElse(0);
        double share = (double) sideItems.size() / Math.max(1, totalItems);
        List<FeedbackItem> quotes =
                sideItems.stream().map(AnalysedItem::item).limit(QUOTES).toList();
        return new Suggestion(
                kind.idPrefix() + "-" + theme.id().toLowerCase(Locale.ROOT),
                kind,
                theme.id(),
                capitalised(title),
                placement,
                sideItems.size(),
                mean,
                kind == SuggestionKind.PAIN_POINT ? severity(mean, share) : null,
                quotes,
                sideItems.stream().map(i -> i.item().id()).toList());
    }

    static Severity severity(double mean, double share) {
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
