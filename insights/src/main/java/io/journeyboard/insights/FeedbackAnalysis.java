package io.journeyboard.insights;

import io.journeyboard.insights.embedding.SentenceEmbedder;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.placement.ThemePlacer;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.sentiment.SentimentAnalyser;
import io.journeyboard.insights.sentiment.SentimentScore;
import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.insights.suggestions.SuggestionFinder;
import io.journeyboard.insights.text.SocialText;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.insights.themes.ThemeClustering;
import io.journeyboard.insights.themes.ThemeFinder;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Analyses feedback: embeds every item, scores its sentiment and groups the items into named
 * themes. Deterministic: the same items and options give the same report. Thread-safe when the
 * embedder is.
 */
public final class FeedbackAnalysis {

    private final SentenceEmbedder embedder;
    private final InsightOptions options;
    private final SentimentAnalyser sentiment;

    public FeedbackAnalysis(SentenceEmbedder embedder, InsightOptions options) {
        this.embedder = embedder;
        this.options = options;
        this.sentiment = new SentimentAnalyser(options.sentiment(), embedder);
    }

    /**
     * The report on {@code items}, whose ids must be unique, without a map: themes are placed only by
     * the items' stage column, and suggestions without a stage stay unplaced.
     *
     * @param progress told how many items are embedded so far (of {@code items.size()}); embedding is
     *                 nearly all of the time taken
     * @throws IllegalArgumentException when there are no items or two share an id
     */
    public InsightReport analyse(List<FeedbackItem> items, LongConsumer progress) {
        return analyse(items, null, progress);
    }

    /**
     * The report on {@code items} with themes placed on {@code journey} (by the stage column, else
     * by similarity to its stage, step and touchpoint texts) and suggestions for it.
     *
     * @param journey the map to place themes on, or null for none
     */
    public InsightReport analyse(List<FeedbackItem> items, Journey journey, LongConsumer progress) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("there is no feedback to analyse");
        }
        Set<String> ids = new HashSet<>();
        for (FeedbackItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException(
                        "two feedback items share the id '" + item.id() + "' (" + item.location() + ")");
            }
        }
        List<String> texts = items.stream().map(FeedbackItem::text).toList();
        // links, handles and hashtag marks say nothing of a topic or a mood, and would pull tweets together
        float[][] vectors = embedder.embed(texts.stream().map(SocialText::clean).toList(), progress);
        SentimentScore[] scores = new SentimentScore[items.size()];
        double[] values = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            scores[i] = sentiment.score(texts.get(i), vectors[i]);
            values[i] = scores[i].score();
        }
        ThemeFinder finder = new ThemeFinder(
                new ThemeClustering(options.seed(), options.minThemes(), options.maxThemes()),
                options.keywords(),
                options.quotes());
        List<Theme> themes = finder.find(items.stream().map(FeedbackItem::id).toList(), texts, vectors, values);
        Map<String, String> themeOf = new HashMap<>();
        themes.forEach(theme -> theme.itemIds().forEach(id -> themeOf.put(id, theme.id())));
        List<AnalysedItem> analysed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            analysed.add(new AnalysedItem(
                    items.get(i), scores[i], themeOf.get(items.get(i).id())));
        }
        Map<String, FeedbackItem> byId =
                items.stream().collect(Collectors.toMap(FeedbackItem::id, Function.identity()));
        ThemePlacer placer = new ThemePlacer(embedder);
        List<Theme> topics = themes.stream().filter(theme -> !theme.isOther()).toList();
        List<Placement> placements =
                journey == null ? placer.placeByColumn(topics, byId) : placer.place(topics, byId, journey);
        List<String> stageOrder = journey == null
                ? List.of()
                : journey.stages().stream().map(Stage::id).toList();
        Map<String, Double> typicality = new HashMap<>();
        Map<String, float[]> centroids = themes.stream().collect(Collectors.toMap(Theme::id, Theme::centroid));
        for (int i = 0; i < items.size(); i++) {
            float[] centroid = centroids.get(analysed.get(i).themeId());
            typicality.put(items.get(i).id(), dot(vectors[i], centroid));
        }
        List<Suggestion> suggestions =
                new SuggestionFinder().suggest(topics, placements, analysed, typicality, stageOrder);
        return new InsightReport(analysed, themes, placements, suggestions);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
