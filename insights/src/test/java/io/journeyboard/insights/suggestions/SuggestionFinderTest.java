package io.journeyboard.insights.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.insights.TestModel;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.placement.PlacementBasis;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.model.journey.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionFinderTest {

    private static Theme theme(String id, int size, double sentiment) {
        return new Theme(id, List.of("slow", "refund"), size, sentiment, List.of(new Quote(id + "-1", "quote " + id)),
                List.of(id + "-1"), new float[] {1});
    }

    private static Map<String, FeedbackItem> items(String... themeIds) {
        java.util.Map<String, FeedbackItem> items = new java.util.HashMap<>();
        for (String id : themeIds) {
            items.put(id + "-1", FeedbackItem.of(id + "-1", "quote " + id));
        }
        return items;
    }

    @Test
    void negativeThemesBecomePainPointsPositiveOnesDelightsAndNeutralOnesNothing() {
        List<Theme> themes = List.of(theme("T1", 50, -0.4), theme("T2", 30, 0.6), theme("T3", 20, 0.01));

        List<Suggestion> suggestions = new SuggestionFinder().suggest(themes, List.of(), items("T1", "T2", "T3"), List.of());

        assertThat(suggestions).extracting(Suggestion::id, Suggestion::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pain-t1", SuggestionKind.PAIN_POINT),
                org.assertj.core.groups.Tuple.tuple("delight-t2", SuggestionKind.DELIGHT));
        assertThat(suggestions.getFirst().evidenceCount()).isEqualTo(50);
        assertThat(suggestions.getFirst().quotes()).extracting(FeedbackItem::text).containsExactly("quote T1");
        assertThat(suggestions.getFirst().title()).isEqualTo("Slow, refund");
        assertThat(suggestions.get(1).severity()).isNull();
        assertThat(suggestions).noneMatch(Suggestion::placed);
    }

    @Test
    void severityGrowsWithNegativityAndShare() {
        assertThat(SuggestionFinder.severity(theme("T1", 20, -0.6), 100)).isEqualTo(Severity.CRITICAL);
        assertThat(SuggestionFinder.severity(theme("T1", 5, -0.6), 100)).isEqualTo(Severity.HIGH);
        assertThat(SuggestionFinder.severity(theme("T1", 2, -0.2), 100)).isEqualTo(Severity.MEDIUM);
        assertThat(SuggestionFinder.severity(theme("T1", 2, -0.1), 100)).isEqualTo(Severity.LOW);
    }

    @Test
    void ordersSuggestionsByStageInMapOrderThenByEvidence() {
        List<Theme> themes = List.of(theme("T1", 50, -0.4), theme("T2", 30, 0.6), theme("T3", 20, -0.7));
        List<Placement> placements = List.of(
                new Placement("T1", "late", "Late", "s9", null, PlacementBasis.SIMILARITY, 0.4),
                new Placement("T3", "early", "Early", "s1", null, PlacementBasis.SIMILARITY, 0.4));

        List<Suggestion> suggestions = new SuggestionFinder().suggest(themes, placements, items("T1", "T2", "T3"),
                List.of("early", "late"));

        assertThat(suggestions).extracting(Suggestion::themeId).containsExactly("T3", "T1", "T2");
    }

    @Test
    void realFeedbackOnTheRestaurantMapSuggestsPainPointsAndDelightsPerStage() {
        InsightReport report = TestModel.yelpOnRestaurantMap();

        assertThat(report.suggestions()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SuggestionKind.PAIN_POINT);
            assertThat(s.placement().stepId()).isEqualTo("step-wait");
            assertThat(s.severity()).isNotNull();
        });
        assertThat(report.suggestions().stream().filter(s -> s.kind() == SuggestionKind.PAIN_POINT)
                .map(s -> s.placement().stageId()).distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.suggestions()).anySatisfy(s -> assertThat(s.kind()).isEqualTo(SuggestionKind.DELIGHT));
        assertThat(report.suggestions()).allSatisfy(s -> {
            Theme theme = report.theme(s.themeId()).orElseThrow();
            assertThat(s.evidenceCount()).isEqualTo(theme.size());
            assertThat(s.sentiment()).isEqualTo(theme.sentiment());
            assertThat(theme.label()).isEqualTo(s.kind() == SuggestionKind.PAIN_POINT ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE);
            assertThat(s.quotes()).hasSize(3);
        });
    }
}
