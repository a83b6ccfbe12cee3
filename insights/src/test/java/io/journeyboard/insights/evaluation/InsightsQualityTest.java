package io.journeyboard.insights.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.SharedData;
import io.journeyboard.insights.TestModel;
import io.journeyboard.insights.evaluation.InsightsEvaluation.Result;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The quality floor of issue 19, on the small labelled sets the repository carries (data/README.md): none of
 * their rows was seen in training (the sentiment model learns from the even rows only). Floors sit a little
 * under the figures measured on these sets, and never under the goal; docs/insights.md has the figures on the
 * full development sets.
 */
class InsightsQualityTest {

    private static InsightsEvaluation evaluation() {
        return new InsightsEvaluation(TestModel.embedder(), InsightOptions.DEFAULT);
    }

    @Test
    void threeClassSentimentOfHeldOutTweetsReachesMacroF1OfTheGoal() throws IOException {
        LabelledTable tweets = LabelledTable.read(SharedData.file("tweets_sentiment_heldout.csv"), "text", "label");

        SentimentAgreement agreement =
                evaluation().evaluate(tweets, done -> {}).sentiment().orElseThrow();

        assertThat(tweets.items()).hasSize(1536);
        assertThat(agreement.classes()).hasSize(3);
        assertThat(agreement.macroF1()).isGreaterThanOrEqualTo(0.65);
        assertThat(agreement.perClass())
                .allSatisfy(score -> assertThat(score.f1()).isGreaterThan(0.55));
    }

    @Test
    void heldOutYelpSentencesAreToldPositiveFromNegative() throws IOException {
        LabelledTable all = LabelledTable.read(SharedData.file("yelp_labelled.txt"), "text", "label");
        LabelledTable heldOut = new LabelledTable(odd(all.items()), odd(all.labels()));

        SentimentAgreement agreement =
                evaluation().evaluate(heldOut, done -> {}).sentiment().orElseThrow();

        assertThat(agreement.classes()).hasSize(2);
        assertThat(agreement.accuracy()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void themesOfBankingQueriesAgreeWithTheirIntents() throws IOException {
        LabelledTable queries = LabelledTable.read(SharedData.file("banking77_sample.csv"), "text", "category");

        Result result = evaluation().evaluate(queries, done -> {});

        assertThat(result.reasons()).isEqualTo(77);
        assertThat(result.themeNmi()).isGreaterThan(0.63);
    }

    @Test
    void themesOfBankingQueriesWrittenAsTweetsStillAgreeWithTheirIntents() throws IOException {
        LabelledTable queries = LabelledTable.read(SharedData.file("banking77_sample.csv"), "text", "category")
                .inTweetStyle(new TweetStyle(7));

        Result result = evaluation().evaluate(queries, done -> {});

        assertThat(queries.items().stream()
                        .filter(item -> item.text().contains("@"))
                        .count())
                .isGreaterThan(queries.items().size() / 2);
        assertThat(result.themeNmi()).isGreaterThanOrEqualTo(0.35);
        assertThat(result.report().themes())
                .allSatisfy(theme -> assertThat(theme.name().toLowerCase()).doesNotContain("@", "http", "mybank", "#"));
    }

    private static <T> List<T> odd(List<T> list) {
        return IntStream.range(0, list.size())
                .filter(i -> i % 2 == 1)
                .mapToObj(list::get)
                .toList();
    }
}
