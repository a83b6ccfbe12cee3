package io.journeyboard.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.themes.Theme;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The analysis of the 1,000 real yelp review sentences. */
class FeedbackAnalysisTest {

    private final InsightReport report = TestModel.yelpReport();

    @Test
    void putsEveryItemInExactlyOneTheme() {
        assertThat(report.items())
                .hasSize(1000)
                .allSatisfy(item -> assertThat(item.themeId()).isNotNull());
        assertThat(report.themes()).hasSizeBetween(4, 41);
        assertThat(report.themes().stream().mapToInt(Theme::size).sum()).isEqualTo(1000);
        List<Theme> topics =
                report.themes().stream().filter(theme -> !theme.isOther()).toList();
        assertThat(topics).allSatisfy(theme -> {
            // a small theme may have fewer terms held by two of its texts, or fewer distinct quotes
            assertThat(theme.keywords()).hasSizeBetween(1, 5);
            assertThat(theme.name()).isNotBlank().doesNotContain(",");
            assertThat(theme.quotes()).hasSizeBetween(1, 3);
            assertThat(theme.itemIds()).hasSize(theme.size());
        });
        assertThat(topics).extracting(Theme::size).isSortedAccordingTo((a, b) -> b - a);
        // what fits no theme is gathered last, and is a small part
        assertThat(report.themes().getLast().isOther()).isTrue();
        assertThat(report.themes().getLast().size()).isLessThan(100);
    }

    @Test
    void findsServiceAndFoodThemesWithOppositeMoods() {
        assertThat(report.themes())
                .anySatisfy(theme -> assertThat(theme.keywords()).contains("service"));
        // "food" alone is common to most review themes and names none; it stays in phrases ("great food")
        assertThat(report.themes().stream().flatMap(theme -> theme.keywords().stream()))
                .anyMatch(keyword -> keyword.contains("food"));
        assertThat(report.themes())
                .anySatisfy(theme -> assertThat(theme.label()).isEqualTo(SentimentLabel.POSITIVE));
        assertThat(report.themes())
                .anySatisfy(theme -> assertThat(theme.label()).isEqualTo(SentimentLabel.NEGATIVE));
    }

    @Test
    void themeSentimentIsTheMeanOfItsItems() {
        Theme theme = report.themes().getFirst();
        double mean = report.items().stream()
                .filter(i -> i.themeId().equals(theme.id()))
                .mapToDouble(i -> i.sentiment().score())
                .average()
                .orElseThrow();
        assertThat(theme.sentiment()).isCloseTo(mean, Offset.offset(1e-9));
    }

    @Test
    void quotesComeFromTheThemesOwnItems() {
        for (Theme theme : report.themes()) {
            assertThat(theme.quotes()).allSatisfy(quote -> {
                assertThat(theme.itemIds()).contains(quote.itemId());
                AnalysedItem item = report.items().stream()
                        .filter(i -> i.item().id().equals(quote.itemId()))
                        .findFirst()
                        .orElseThrow();
                assertThat(item.item().text()).isEqualTo(quote.text());
            });
        }
    }

    @Test
    void sameFeedbackGivesTheSameThemes() {
        List<FeedbackItem> firstHundred = new ArrayList<>(TestModel.yelpItems().subList(0, 100));
        FeedbackAnalysis analysis = new FeedbackAnalysis(TestModel.embedder(), InsightOptions.DEFAULT);

        InsightReport once = analysis.analyse(firstHundred, done -> {});
        InsightReport again = analysis.analyse(firstHundred, done -> {});

        assertThat(again.items())
                .extracting(AnalysedItem::themeId)
                .containsExactlyElementsOf(
                        once.items().stream().map(AnalysedItem::themeId).toList());
        assertThat(again.themes())
                .extracting(Theme::keywords)
                .containsExactlyElementsOf(
                        once.themes().stream().map(Theme::keywords).toList());
    }

    @Test
    void reportsProgressUpToTheNumberOfItems() {
        List<Long> progress = new ArrayList<>();
        new FeedbackAnalysis(TestModel.embedder(), InsightOptions.DEFAULT)
                .analyse(TestModel.yelpItems().subList(0, 40), progress::add);

        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.getLast()).isEqualTo(40L);
    }

    @Test
    void refusesNoItemsAndDuplicateIds() {
        FeedbackAnalysis analysis = new FeedbackAnalysis(TestModel.embedder(), InsightOptions.DEFAULT);

        assertThatThrownBy(() -> analysis.analyse(List.of(), done -> {})).hasMessageContaining("no feedback");
        assertThatThrownBy(() ->
                        analysis.analyse(List.of(FeedbackItem.of("a", "x"), FeedbackItem.of("a", "y")), done -> {}))
                .hasMessageContaining("share the id 'a'");
    }
}
