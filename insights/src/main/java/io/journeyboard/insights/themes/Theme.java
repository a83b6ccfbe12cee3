package io.journeyboard.insights.themes;

import io.journeyboard.insights.sentiment.SentimentLabel;
import java.util.List;

/**
 * A group of feedback items that say similar things.
 *
 * @param id        {@code T1}, {@code T2}, … by decreasing size
 * @param keywords  the theme's distinctive words, most distinctive first
 * @param sentiment the mean sentiment score of its items, −1 … 1
 * @param quotes    the items closest to the theme's centre, most typical first
 * @param itemIds   every item of the theme, in input order
 * @param centroid  the unit mean of its items' embeddings, to compare the theme with other texts
 */
public record Theme(String id, List<String> keywords, int size, double sentiment, List<Quote> quotes,
                    List<String> itemIds, float[] centroid) {

    public Theme {
        keywords = List.copyOf(keywords);
        quotes = List.copyOf(quotes);
        itemIds = List.copyOf(itemIds);
        centroid = centroid.clone();
    }

    public SentimentLabel label() {
        return SentimentLabel.of(sentiment);
    }

    /** A short human name: the first three keywords. */
    public String name() {
        return String.join(", ", keywords.subList(0, Math.min(3, keywords.size())));
    }

    @Override
    public float[] centroid() {
        return centroid.clone();
    }
}
