package io.journeyboard.insights.trends;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.sentiment.SentimentLabel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Themes and sentiment per period and per place on the journey. Periods come from the items' dates
 * ({@link Period#forSpan}); each period's themes carry their change against the previous period. A theme is
 * <em>emerging</em> in a period (what a living map would alert on) when it holds at least
 * {@value #EMERGING_MIN_ITEMS} items and {@value #EMERGING_MIN_SHARE} of the period, and either had no item in
 * the periods before or at least doubled its share over its share in all of them. An item's place is its stage
 * column when it has one, else its theme's placement on the map; items with neither are left out of the places.
 */
public final class ThemeTrends {

    static final int EMERGING_MIN_ITEMS = 3;
    static final double EMERGING_MIN_SHARE = 0.05;
    static final double EMERGING_GROWTH = 2;

    private ThemeTrends() {}

    /** The grouping of periods of the report's dated items, or null when fewer than two items have a date. */
    public static Period periodOf(InsightReport report) {
        List<LocalDate> dates = report.items().stream()
                .map(i -> i.item().date())
                .filter(d -> d != null)
                .sorted()
                .toList();
        if (dates.size() < 2) {
            return null;
        }
        return Period.forSpan(ChronoUnit.DAYS.between(dates.getFirst(), dates.getLast()));
    }

    /** One group per period, oldest first; empty when the items have no dates. */
    public static List<GroupTrend> byPeriod(InsightReport report) {
        Period period = periodOf(report);
        if (period == null) {
            return List.of();
        }
        Map<String, List<AnalysedItem>> groups = new TreeMap<>();
        for (AnalysedItem item : report.items()) {
            if (item.item().date() != null) {
                groups.computeIfAbsent(period.of(item.item().date()), key -> new ArrayList<>())
                        .add(item);
            }
        }
        List<GroupTrend> trends = new ArrayList<>();
        Map<String, Integer> before = new HashMap<>();
        int itemsBefore = 0;
        GroupTrend previous = null;
        for (Map.Entry<String, List<AnalysedItem>> group : groups.entrySet()) {
            GroupTrend trend = group(group.getKey(), null, group.getValue(), previous, before, itemsBefore);
            trends.add(trend);
            for (AnalysedItem item : group.getValue()) {
                before.merge(item.themeId(), 1, Integer::sum);
            }
            itemsBefore += group.getValue().size();
            previous = trend;
        }
        return trends;
    }

    /** One group per stage (and step, when the place names one), in the order first met. */
    public static List<GroupTrend> byPlace(InsightReport report) {
        Map<String, Placement> placementOf =
                report.placements().stream().collect(Collectors.toMap(Placement::themeId, Function.identity()));
        Map<List<String>, List<AnalysedItem>> groups = new LinkedHashMap<>();
        for (AnalysedItem item : report.items()) {
            FeedbackItem feedback = item.item();
            Placement placement = placementOf.get(item.themeId());
            List<String> place = feedback.stage() != null
                    ? List.of(feedback.stage(), "")
                    : placement != null
                            ? List.of(placement.stageId(), placement.stepId() == null ? "" : placement.stepId())
                            : null;
            if (place != null) {
                groups.computeIfAbsent(place, key -> new ArrayList<>()).add(item);
            }
        }
        List<GroupTrend> places = new ArrayList<>();
        groups.forEach((place, items) -> places.add(
                group(place.get(0), place.get(1).isEmpty() ? null : place.get(1), items, null, Map.of(), 0)));
        return places;
    }

    private static GroupTrend group(
            String key,
            String stepId,
            List<AnalysedItem> items,
            GroupTrend previous,
            Map<String, Integer> before,
            int itemsBefore) {
        Map<String, List<AnalysedItem>> byTheme = items.stream()
                .collect(Collectors.groupingBy(AnalysedItem::themeId, LinkedHashMap::new, Collectors.toList()));
        Map<String, ThemeCount> previousThemes = previous == null
                ? Map.of()
                : previous.themes().stream().collect(Collectors.toMap(ThemeCount::themeId, Function.identity()));
        List<ThemeCount> themes = new ArrayList<>();
        byTheme.forEach((themeId, members) -> {
            double share = (double) members.size() / items.size();
            double sentiment = mean(members);
            ThemeCount last = previousThemes.get(themeId);
            double shareChange = previous == null ? 0 : share - (last == null ? 0 : last.share());
            double sentimentChange = last == null ? 0 : sentiment - last.sentiment();
            double shareBefore = itemsBefore == 0 ? 0 : (double) before.getOrDefault(themeId, 0) / itemsBefore;
            boolean emerging = previous != null
                    && members.size() >= EMERGING_MIN_ITEMS
                    && share >= EMERGING_MIN_SHARE
                    && (shareBefore == 0 || share >= EMERGING_GROWTH * shareBefore);
            themes.add(
                    new ThemeCount(themeId, members.size(), share, sentiment, shareChange, sentimentChange, emerging));
        });
        themes.sort(Comparator.comparingInt(ThemeCount::items).reversed().thenComparing(ThemeCount::themeId));
        double sentiment = mean(items);
        double negative = (double) items.stream()
                        .filter(i -> i.sentiment().label() == SentimentLabel.NEGATIVE)
                        .count()
                / items.size();
        return new GroupTrend(
                key,
                stepId,
                items.size(),
                sentiment,
                negative,
                previous == null ? 0 : sentiment - previous.sentiment(),
                themes);
    }

    private static double mean(List<AnalysedItem> items) {
        return items.stream().mapToDouble(i -> i.sentiment().score()).average().orElse(0);
    }
}
