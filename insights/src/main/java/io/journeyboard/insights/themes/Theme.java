package io.journeyboard.insights.themes;

import io.journeyboard.insights.sentiment.SentimentLabel;
import java.util.List;

/**
 * A group of feedback items that say similar things.
 *
 * @param id        {@code T1}, {@code T2}, … by decreasing size, and {@value #OTHER} for the items that fit no theme
 * @param name      a short phrase naming the theme ("Card arrival and delivery")
 * @param keywords  the theme's distinctive words, most distinctive first
 * @param sentiment the mean sentiment score of its items, −1 … 1
 * @param quotes    the items closest to the theme's centre, most typical first
 * @param itemIds   every item of the theme, in input order
 * @param centroid  the unit mean of its items' embeddings, to compare the theme with other texts
 */
public record Theme(
        String id,
        String name,
        List<String> keywords,
        int size,
        double sentiment,
        List<Quote> quotes,
        List<String> itemIds,
        float[] centroid) {

    /** The id of the theme that gathers what fits no other theme. */
    public static final String OTHER = "other";

    public Theme {
        keywords = List.copyOf(keywords);
        quotes = List.copyOf(quotes);
        itemIds = List.copyOf(itemIds);
        centroid = centroid.clone();
    }

    public SentimentLabel label() {
        return SentimentLabel.of(sentiment);
    }

    /** Whether this is the theme of items that fit no other: it names no topic, so it gets no place or card. */
    public boolean isOther() {
        return OTHER.equals(id);
    }

    @Override
    public float[] centroid() {
        return centroid.clone();
    }
}
