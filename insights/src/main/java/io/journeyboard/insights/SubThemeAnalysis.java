package io.journeyboard.insights;

import io.journeyboard.insights.embedding.SentenceEmbedder;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.text.SocialText;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.insights.themes.ThemeClustering;
import io.journeyboard.insights.themes.ThemeFinder;
import java.util.List;

/**
 * The sub-themes of one large theme, on request: the theme's items alone are embedded again, clustered and named
 * as the themes of a whole analysis are, so the names tell the parts of the theme apart (a term common to most of
 * the parts, such as the theme's own word, names none of them). Ids are the theme's id followed by {@code .1},
 * {@code .2}, … and {@code .other}. Each part holds at least {@value #SMALLEST_SHARE} of the theme unless it is an
 * outlier group, named so. Deterministic, as the analysis is.
 */
public final class SubThemeAnalysis {

    /** A theme of fewer items is not split: its parts would hold a handful of items each. */
    public static final int MIN_ITEMS = 40;
    /** Parts beyond this many would be read as a new analysis rather than as the sides of one theme. */
    private static final int MOST_SUB_THEMES = 8;
    /**
     * A part smaller than this share of the theme says little: the theme is split again into fewer parts, unless
     * the small part is unlike all the others, an outlier group, which its name then says.
     */
    public static final double SMALLEST_SHARE = 0.10;

    static final String OUTLIER_MARK = " (outlier group)";

    private final SentenceEmbedder embedder;
    private final InsightOptions options;

    public SubThemeAnalysis(SentenceEmbedder embedder, InsightOptions options) {
        this.embedder = embedder;
        this.options = options;
    }

    /** Whether a theme can be split: a topic (not "other") of at least {@value #MIN_ITEMS} items. */
    public static boolean splittable(Theme theme) {
        return !theme.isOther() && theme.size() >= MIN_ITEMS;
    }

    /**
     * The sub-themes of the theme {@code themeId} of {@code report}, largest first, the other part last.
     *
     * @throws IllegalArgumentException when the report has no such theme or it cannot be split
     */
    public List<Theme> split(InsightReport report, String themeId) {
        Theme theme = report.theme(themeId)
                .orElseThrow(() -> new IllegalArgumentException("this analysis has no theme '" + themeId
                        + "'; its themes are "
                        + String.join(
                                ", ", report.themes().stream().map(Theme::id).toList())));
        if (!splittable(theme)) {
            throw new IllegalArgumentException(
                    theme.isOther()
                            ? "the theme 'other' gathers what fits no theme; it has no sub-themes"
                            : "the theme '" + theme.name() + "' holds " + theme.size() + " items; a theme is split into"
                                    + " sub-themes from " + MIN_ITEMS + " items on");
        }
        List<AnalysedItem> members = report.items().stream()
                .filter(item -> themeId.equals(item.themeId()))
                .toList();
        List<String> texts = members.stream().map(item -> item.item().text()).toList();
        float[][] vectors = embedder.embed(texts.stream().map(SocialText::clean).toList(), done -> {});
        double[] sentiments =
                members.stream().mapToDouble(item -> item.sentiment().score()).toArray();
        List<Theme> parts = new ThemeFinder(
                        new ThemeClustering(options.seed(), 2, MOST_SUB_THEMES).withPartsOfAtLeast(SMALLEST_SHARE),
                        options.keywords(),
                        options.quotes())
                .find(members.stream().map(item -> item.item().id()).toList(), texts, vectors, sentiments);
        return parts.stream()
                .map(part -> new Theme(
                        themeId + "."
                                + (part.isOther() ? Theme.OTHER : part.id().substring(1)),
                        !part.isOther() && part.size() < SMALLEST_SHARE * members.size()
                                ? part.name() + OUTLIER_MARK
                                : part.name(),
                        part.keywords(),
                        part.size(),
                        part.sentiment(),
                        part.quotes(),
                        part.itemIds(),
                        part.centroid()))
                .toList();
    }
}
