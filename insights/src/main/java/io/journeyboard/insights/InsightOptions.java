package io.journeyboard.insights;

import io.journeyboard.insights.sentiment.SentimentMethod;

/**
 * Settings of a feedback analysis.
 *
 * @param seed      seeds the clustering, so the same input and seed give the same themes
 * @param minThemes fewest themes tried (at least 2)
 * @param maxThemes most themes tried
 * @param keywords  keywords named per theme
 * @param quotes    representative quotes kept per theme
 */
public record InsightOptions(
        long seed, SentimentMethod sentiment, int minThemes, int maxThemes, int keywords, int quotes) {

    /**
     * Seed 42, the sentiment model, 4 to 40 themes (fewer for few items), 5 keywords, 3 quotes. At least 4 themes,
     * because
     * the silhouette of sentence embeddings peaks at 2 on almost any feedback (praise against
     * complaints), which tells a research team nothing it did not know.
     */
    public static final InsightOptions DEFAULT = new InsightOptions(42, SentimentMethod.MODEL, 4, 40, 5, 3);

    public InsightOptions {
        if (minThemes < 2 || maxThemes < minThemes || keywords < 1 || quotes < 1) {
            throw new IllegalArgumentException("need 2 <= minThemes <= maxThemes and at least one keyword and quote");
        }
    }
}
