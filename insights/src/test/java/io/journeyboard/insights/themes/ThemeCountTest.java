package io.journeyboard.insights.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.insights.SharedData;
import io.journeyboard.insights.TestModel;
import io.journeyboard.insights.evaluation.LabelledTable;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.text.SocialText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The number of themes follows the data (issue 19): on real reviews, a few dozen items give a handful of themes,
 * a few hundred give more without splitting into tiny ones, a thousand more again; and the more diverse banking
 * queries give more themes than the same number of restaurant reviews. Each smaller set is part of the larger.
 */
class ThemeCountTest {

    @Test
    void moreReviewsGiveMoreThemesAndShortSetsNeitherExplodeNorCollapse() {
        List<String> reviews =
                shuffled(TestModel.yelpItems().stream().map(FeedbackItem::text).toList());

        List<Theme> few = themes(reviews.subList(0, 30));
        List<Theme> hundreds = themes(reviews.subList(0, 300));
        List<Theme> thousand = themes(reviews);

        assertThat(topics(few)).isBetween(3L, 6L);
        assertThat(topics(hundreds)).isBetween(6L, 15L).isGreaterThan(topics(few));
        assertThat(topics(thousand)).isBetween(10L, 30L).isGreaterThan(topics(hundreds));
        assertThat(hundreds.stream()
                        .filter(theme -> !theme.isOther())
                        .mapToInt(Theme::size)
                        .average()
                        .orElseThrow())
                .as("a few hundred reviews make themes of a readable size, not many tiny ones")
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void moreDiverseFeedbackGivesMoreThemesThanAsManyReviews() throws IOException {
        List<String> queries = shuffled(
                LabelledTable.read(SharedData.file("banking77_sample.csv"), "text", "category").items().stream()
                        .map(FeedbackItem::text)
                        .toList());
        List<String> reviews =
                shuffled(TestModel.yelpItems().stream().map(FeedbackItem::text).toList());

        assertThat(topics(themes(queries.subList(0, 1000)))).isGreaterThan(topics(themes(reviews)));
    }

    private static List<String> shuffled(List<String> texts) {
        List<String> copy = new ArrayList<>(texts);
        Collections.shuffle(copy, new Random(1000));
        return copy;
    }

    private static List<Theme> themes(List<String> texts) {
        float[][] vectors =
                TestModel.embedder().embed(texts.stream().map(SocialText::clean).toList(), done -> {});
        List<String> ids =
                IntStream.range(0, texts.size()).mapToObj(i -> "i" + i).toList();
        return new ThemeFinder(new ThemeClustering(42, 4, 40), 5, 3)
                .find(ids, texts, vectors, new double[texts.size()]);
    }

    private static long topics(List<Theme> themes) {
        return themes.stream().filter(theme -> !theme.isOther()).count();
    }
}
