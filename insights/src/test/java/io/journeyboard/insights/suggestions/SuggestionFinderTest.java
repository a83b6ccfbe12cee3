package io.journeyboard.insights.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.journeyboard.insights.TestModel;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.placement.PlacementBasis;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.sentiment.SentimentScore;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.model.journey.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SuggestionFinderTest {

    private final List<AnalysedItem> items = new ArrayList<>();
    private final Map<String, Double> typicality = new HashMap<>();

    /**
     * A theme whose items have the given scores and say "slow refund" when negative, "quick friendly
     * service" otherwise; the later an item, the more typical it is.
     */
    private Theme theme(String id, double... scores) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String itemId = id + "-" + (i + 1);
            ids.add(itemId);
            String text = (scores[i] < 0 ? "slow refund " : "quick friendly service ") + itemId;
            items.add(new AnalysedItem(FeedbackItem.of(itemId, text), SentimentScore.of(scores[i]), id));
            typicality.put(itemId, (double) i);
        }
        double mean = Arrays.stream(scores).average().orElse(0);
        return new Theme(
                id,
                "Slow refund",
                List.of("slow", "refund"),
                scores.length,
                mean,
                List.of(new Quote(ids.getFirst(), "said")),
                ids,
                new float[] {1});
    }

    @Test
    void aThemesNegativeItemsMakeAPainPointAndItsPositiveItemsADelight() {
        Theme mixed = theme("T1", -0.6, -0.4, -0.5, -0.2, -0.3, -0.7, 0.5, 0.6, 0.4, 0.0);
        Theme happy = theme("T2", 0.5, 0.6, 0.7, 0.8, -0.5);

        List<Suggestion> suggestions =
                new SuggestionFinder().suggest(List.of(mixed, happy), List.of(), items, typicality, List.of());

        assertThat(suggestions)
                .extracting(Suggestion::id, Suggestion::kind, Suggestion::evidenceCount)
                .containsExactly(
                        tuple("pain-t1", SuggestionKind.PAIN_POINT, 6),
                        tuple("delight-t2", SuggestionKind.DELIGHT, 4),
                        tuple("delight-t1", SuggestionKind.DELIGHT, 3));
        Suggestion pain = suggestions.getFirst();
        assertThat(pain.sentiment()).isCloseTo(-0.45, Offset.offset(1e-9));
        assertThat(pain.severity()).isEqualTo(Severity.HIGH);
        assertThat(pain.title()).isEqualTo("Slow refund");
        assertThat(pain.quotes()).extracting(FeedbackItem::id).containsExactly("T1-6", "T1-5", "T1-4");
        assertThat(pain.itemIds()).hasSize(6).doesNotContain("T1-7", "T1-10");
        assertThat(suggestions.get(1).severity()).isNull();
        assertThat(suggestions.get(1).title()).isEqualTo("Friendly service");
        assertThat(suggestions).noneMatch(Suggestion::placed);
    }

    @Test
    void aSideWithTooFewItemsSuggestsNothing() {
        Theme theme = theme("T1", 0.5, 0.6, 0.7, 0.8, 0.5, 0.6, 0.7, -0.8, -0.5);

        assertThat(new SuggestionFinder().suggest(List.of(theme), List.of(), items, typicality, List.of()))
                .extracting(Suggestion::kind)
                .containsExactly(SuggestionKind.DELIGHT);
    }

    @Test
    void severityGrowsWithNegativityAndShare() {
        assertThat(SuggestionFinder.severity(-0.6, 0.20)).isEqualTo(Severity.CRITICAL);
        assertThat(SuggestionFinder.severity(-0.6, 0.05)).isEqualTo(Severity.HIGH);
        assertThat(SuggestionFinder.severity(-0.2, 0.02)).isEqualTo(Severity.MEDIUM);
        assertThat(SuggestionFinder.severity(-0.1, 0.02)).isEqualTo(Severity.LOW);
    }

    @Test
    void ordersSuggestionsByStageInMapOrderThenByEvidence() {
        List<Theme> themes =
                List.of(theme("T1", -0.4, -0.4, -0.4, -0.4), theme("T2", 0.6, 0.6, 0.6), theme("T3", -0.7, -0.7, -0.7));
        List<Placement> placements = List.of(
                new Placement("T1", "late", "Late", "s9", null, PlacementBasis.SIMILARITY, 0.4),
                new Placement("T3", "early", "Early", "s1", null, PlacementBasis.SIMILARITY, 0.4));

        List<Suggestion> suggestions =
                new SuggestionFinder().suggest(themes, placements, items, typicality, List.of("early", "late"));

        assertThat(suggestions).extracting(Suggestion::themeId).containsExactly("T3", "T1", "T2");
    }

    @Test
    void realFeedbackOnTheRestaurantMapSuggestsPainPointsAndDelightsPerStage() {
        InsightReport report = TestModel.yelpOnRestaurantMap();

        assertThat(report.suggestions()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SuggestionKind.PAIN_POINT);
            assertThat(s.placement().stepId()).isEqualTo("step-food");
            assertThat(s.title()).as("a name of two words or more").matches("\\S+ .*\\S");
            assertThat(s.severity()).isNotNull();
        });
        assertThat(report.suggestions()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SuggestionKind.PAIN_POINT);
            assertThat(s.placement().stepId()).isEqualTo("step-service");
        });
        assertThat(report.suggestions().stream()
                        .filter(s -> s.kind() == SuggestionKind.PAIN_POINT)
                        .map(s -> s.placement().stageId())
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.suggestions()).anySatisfy(s -> assertThat(s.kind()).isEqualTo(SuggestionKind.DELIGHT));
        assertThat(report.suggestions()).allSatisfy(s -> {
            SentimentLabel side =
                    s.kind() == SuggestionKind.PAIN_POINT ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
            List<AnalysedItem> sideItems = report.items().stream()
                    .filter(i -> i.themeId().equals(s.themeId())
                            && (side == SentimentLabel.POSITIVE
                                    ? i.sentiment().clearlyPositive()
                                    : i.sentiment().label() == side))
                    .toList();
            assertThat(s.evidenceCount()).isEqualTo(sideItems.size());
            assertThat(s.sentiment())
                    .isCloseTo(
                            sideItems.stream()
                                    .mapToDouble(i -> i.sentiment().score())
                                    .average()
                                    .orElseThrow(),
                            Offset.offset(1e-9));
            assertThat(s.quotes())
                    .hasSize(3)
                    .allSatisfy(q -> assertThat(s.itemIds()).contains(q.id()));
        });
    }
}
