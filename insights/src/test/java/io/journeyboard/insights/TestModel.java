package io.journeyboard.insights;

import io.journeyboard.insights.embedding.MiniLmEmbedder;
import io.journeyboard.insights.embedding.SentenceEmbedder;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.sentiment.LabelledText;
import io.journeyboard.insights.sentiment.SentimentEvaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The real embedding model and the analysis of the 1,000 yelp sentences, loaded once for all test
 * classes of the run (Surefire runs them in one JVM), so the suite embeds the file only once.
 */
public final class TestModel {

    private static MemoisingEmbedder embedder;
    private static List<LabelledText> yelp;
    private static InsightReport yelpReport;
    private static InsightReport yelpOnMap;

    private TestModel() {}

    /** The real model; vectors are remembered for the whole run (see {@link MemoisingEmbedder}). */
    public static synchronized SentenceEmbedder embedder() {
        if (embedder == null) {
            embedder = new MemoisingEmbedder(new MiniLmEmbedder());
        }
        return embedder;
    }

    public static synchronized List<LabelledText> yelp() {
        if (yelp == null) {
            try {
                yelp = SentimentEvaluation.readLabelled(SharedData.file("yelp_labelled.txt"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return yelp;
    }

    public static List<FeedbackItem> yelpItems() {
        List<LabelledText> texts = yelp();
        return IntStream.range(0, texts.size())
                .mapToObj(i -> FeedbackItem.of("yelp-" + (i + 1), texts.get(i).text()))
                .toList();
    }

    public static synchronized InsightReport yelpReport() {
        if (yelpReport == null) {
            yelpReport = new FeedbackAnalysis(embedder(), InsightOptions.DEFAULT).analyse(yelpItems(), done -> {});
        }
        return yelpReport;
    }

    /** The yelp sentences analysed with themes placed on {@link RestaurantMap}. */
    public static synchronized InsightReport yelpOnRestaurantMap() {
        if (yelpOnMap == null) {
            yelpOnMap = new FeedbackAnalysis(embedder(), InsightOptions.DEFAULT)
                    .analyse(yelpItems(), RestaurantMap.journey(), done -> {});
        }
        return yelpOnMap;
    }
}
