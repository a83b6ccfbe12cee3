package io.journeyboard.insights.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.insights.FeedbackAnalysis;
import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.SharedData;
import io.journeyboard.insights.TestModel;
import io.journeyboard.insights.feedback.FeedbackColumnMapping;
import io.journeyboard.insights.feedback.FeedbackImport;
import io.journeyboard.insights.themes.WordClasses.WordClass;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Theme names read as a person would write them, on the real sets in {@code data/}: two to four words ending in a
 * noun (never a lone adjective, adverb or verb such as "Probably", "Rated", "Green"), no handle, link or hashtag,
 * and no two themes of one analysis named alike.
 */
class ThemeNamesOnRealDataTest {

    @Test
    void reviewThemesAreNamedByNounPhrases() {
        assertNamedAsAPersonWould(TestModel.yelpReport().themes());
    }

    @Test
    void bankingQueryThemesAreNamedByNounPhrases() throws IOException {
        assertNamedAsAPersonWould(themesOf("banking77_sample.csv"));
    }

    @Test
    void tweetThemesAreNamedByNounPhrasesWithoutHandlesOrLinks() throws IOException {
        assertNamedAsAPersonWould(themesOf("tweets_sentiment_heldout.csv"));
    }

    private static List<Theme> themesOf(String file) throws IOException {
        var items = new FeedbackImport().read(SharedData.file(file), FeedbackColumnMapping.defaults());
        return new FeedbackAnalysis(TestModel.embedder(), InsightOptions.DEFAULT)
                .analyse(items, done -> {})
                .themes();
    }

    private static void assertNamedAsAPersonWould(List<Theme> themes) {
        List<String> names = themes.stream().map(Theme::name).toList();
        System.out.println(themes.size() + " themes: " + String.join(" | ", names));
        assertThat(themes).hasSizeGreaterThan(3);
        assertThat(names).allSatisfy(name -> {
            String lower = name.toLowerCase(Locale.ROOT);
            List<String> words = Arrays.asList(lower.split(" "));
            assertThat(words).as(name).hasSizeBetween(2, 5);
            assertThat(words.stream().filter(word -> !word.equals("and")))
                    .as(name)
                    .hasSizeLessThanOrEqualTo(4);
            assertThat(WordClasses.of(words.getLast())).as(name).isEqualTo(WordClass.NOUN);
            assertThat(lower).as(name).doesNotContain("@", "http", "www.", "#", "t.co");
        });
        assertThat(names.stream().map(name -> name.toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
    }
}
