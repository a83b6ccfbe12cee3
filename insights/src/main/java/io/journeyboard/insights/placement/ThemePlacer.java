package io.journeyboard.insights.placement;

import io.journeyboard.insights.embedding.SentenceEmbedder;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Places themes on a journey map. A theme goes by its items' stage column when at least half of
 * them name one stage (by the stage's or a step's id or name); otherwise, with a map, to the step or
 * touchpoint whose text is most similar to the theme's centroid, if that similarity reaches
 * {@value #MIN_SIMILARITY}. A theme placed on a stage goes to that stage's most similar step, since
 * cards sit on steps.
 */
public final class ThemePlacer {

    /** Below this cosine similarity a theme is unrelated to every place on the map and stays unplaced. */
    static final double MIN_SIMILARITY = 0.15;

    private static final double MAJORITY = 0.5;

    private final SentenceEmbedder embedder;

    public ThemePlacer(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Placements by the stage column only, for feedback analysed without a map; unplaced themes are left out. */
    public List<Placement> placeByColumn(List<Theme> themes, Map<String, FeedbackItem> items) {
        List<Placement> placements = new ArrayList<>();
        for (Theme theme : themes) {
            majorityStage(theme, items)
                    .ifPresent(stage -> placements.add(new Placement(
                            theme.id(),
                            stage.value(),
                            stage.value(),
                            null,
                            null,
                            PlacementBasis.COLUMN,
                            stage.share())));
        }
        return placements;
    }

    /** Placements on {@code journey}; themes that fit nowhere are left out. */
    public List<Placement> place(List<Theme> themes, Map<String, FeedbackItem> items, Journey journey) {
        MapTargets targets = new MapTargets(journey, embedder);
        if (targets.isEmpty()) {
            return List.of();
        }
        List<Placement> placements = new ArrayList<>();
        for (Theme theme : themes) {
            Optional<Placement> byColumn =
                    majorityStage(theme, items).flatMap(stage -> resolve(stage, theme, journey, targets));
            byColumn.or(() -> bySimilarity(theme, targets)).ifPresent(placements::add);
        }
        return placements;
    }

    private static Optional<Placement> resolve(ColumnStage column, Theme theme, Journey journey, MapTargets targets) {
        String wanted = normal(column.value());
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                if (normal(step.id()).equals(wanted) || normal(step.name()).equals(wanted)) {
                    return Optional.of(new Placement(
                            theme.id(),
                            stage.id(),
                            stage.name(),
                            step.id(),
                            null,
                            PlacementBasis.COLUMN,
                            column.share()));
                }
            }
        }
        for (Stage stage : journey.stages()) {
            if (normal(stage.id()).equals(wanted) || normal(stage.name()).equals(wanted)) {
                MapTargets.Scored nearest = targets.nearest(theme.centroid(), stage);
                return Optional.ofNullable(nearest)
                        .map(n -> new Placement(
                                theme.id(),
                                stage.id(),
                                stage.name(),
                                n.target().step().id(),
                                touchpointId(n),
                                PlacementBasis.COLUMN,
                                column.share()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Placement> bySimilarity(Theme theme, MapTargets targets) {
        MapTargets.Scored nearest = targets.nearest(theme.centroid(), null);
        if (nearest == null || nearest.similarity() < MIN_SIMILARITY) {
            return Optional.empty();
        }
        Stage stage = nearest.target().stage();
        return Optional.of(new Placement(
                theme.id(),
                stage.id(),
                stage.name(),
                nearest.target().step().id(),
                touchpointId(nearest),
                PlacementBasis.SIMILARITY,
                nearest.similarity()));
    }

    private static String touchpointId(MapTargets.Scored scored) {
        return scored.target().touchpoint() == null
                ? null
                : scored.target().touchpoint().id();
    }

    /** The stage most of the theme's items name, when at least half of all its items name that one stage. */
    private static Optional<ColumnStage> majorityStage(Theme theme, Map<String, FeedbackItem> items) {
        Map<String, Long> counts = theme.itemIds().stream()
                .map(items::get)
                .filter(Objects::nonNull)
                .map(FeedbackItem::stage)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .filter(top -> top.getValue() >= MAJORITY * theme.size())
                .map(top -> new ColumnStage(top.getKey(), (double) top.getValue() / theme.size()));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private record ColumnStage(String value, double share) {}
}
