package io.journeyboard.insights.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.insights.RestaurantMap;
import io.journeyboard.insights.TestModel;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThemePlacerTest {

    private final ThemePlacer placer = new ThemePlacer(TestModel.embedder());

    private static Placement placementOfThemeWith(InsightReport report, String keyword) {
        Theme theme = report.themes().stream()
                .filter(t -> t.keywords().contains(keyword))
                .findFirst()
                .orElseThrow();
        return report.placements().stream()
                .filter(p -> p.themeId().equals(theme.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void placesRealThemesOnTheStepsTheyTalkAbout() {
        InsightReport report = TestModel.yelpOnRestaurantMap();

        // with about 30 themes on these 1,000 sentences, these keywords each name one of them
        assertThat(placementOfThemeWith(report, "bland").stepId()).isEqualTo("step-food");
        assertThat(placementOfThemeWith(report, "waited").stepId()).isIn("step-wait", "step-service");
        Placement service = placementOfThemeWith(report, "service");
        assertThat(service.stepId()).isEqualTo("step-service");
        assertThat(service.basis()).isEqualTo(PlacementBasis.SIMILARITY);
        assertThat(service.similarity()).isGreaterThan(ThemePlacer.MIN_SIMILARITY);
    }

    @Test
    void placesAThemeOnTheTouchpointItIsAbout() {
        Theme booking = themeOf(List.of(
                "The online booking form kept crashing",
                "I could not reserve a table on the website",
                "The reservation page never confirmed my booking"));

        Placement placement = placer.place(List.of(booking), Map.of(), RestaurantMap.journey())
                .getFirst();

        assertThat(placement.stepId()).isEqualTo("step-book");
        assertThat(placement.touchpointId()).isEqualTo("tp-booking");
    }

    @Test
    void leavesThemesUnplacedOnAMapAboutSomethingElse() {
        Journey servers = new Journey(
                "ops",
                "Ops",
                null,
                null,
                JourneyState.CURRENT,
                List.of(),
                List.of(),
                List.of(new Stage(
                        "s1",
                        "Provision",
                        null,
                        List.of(new Step(
                                "k8s",
                                "Kubernetes node autoscaling with Terraform",
                                "YAML manifests and Helm charts",
                                null)))),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        Theme pizza =
                themeOf(List.of("The pizza crust was soggy and cold", "Cold pizza, soggy crust", "Pizza arrived cold"));

        assertThat(placer.place(List.of(pizza), Map.of(), servers)).isEmpty();
    }

    @Test
    void followsTheStageColumnWhenMostItemsNameAStageOrStep() {
        Theme theme =
                themeOf(List.of("The card reader refused my card", "I could not split the bill", "Paying took ages"));
        Map<String, FeedbackItem> items = items(theme, "Pay");

        Placement placement =
                placer.place(List.of(theme), items, RestaurantMap.journey()).getFirst();

        assertThat(placement.stageId()).isEqualTo("stage-pay");
        assertThat(placement.stepId()).isEqualTo("step-bill");
        assertThat(placement.basis()).isEqualTo(PlacementBasis.COLUMN);
        assertThat(placement.similarity()).isEqualTo(1.0);
    }

    @Test
    void withoutAMapPlacesByTheStageColumnAlone() {
        Theme theme = themeOf(List.of("Parcel came late", "Courier lost the box", "Delivery slot was missed"));

        List<Placement> placements = placer.placeByColumn(List.of(theme), items(theme, "Delivery"));

        assertThat(placements).singleElement().satisfies(p -> {
            assertThat(p.stageName()).isEqualTo("Delivery");
            assertThat(p.stepId()).isNull();
        });
        assertThat(placer.placeByColumn(List.of(theme), items(theme, null))).isEmpty();
    }

    /** A theme of the given texts, with ids t1, t2, … and its centroid from the real model. */
    private static Theme themeOf(List<String> texts) {
        float[][] vectors = TestModel.embedder().embed(texts, done -> {});
        double[] sum = new double[vectors[0].length];
        for (float[] vector : vectors) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vector[d];
            }
        }
        double norm = Math.sqrt(Arrays.stream(sum).map(x -> x * x).sum());
        float[] centroid = new float[sum.length];
        for (int d = 0; d < sum.length; d++) {
            centroid[d] = (float) (sum[d] / norm);
        }
        List<String> ids =
                IntStream.rangeClosed(1, texts.size()).mapToObj(i -> "t" + i).toList();
        return new Theme(
                "T1", "X", List.of("x"), texts.size(), -0.5, List.of(new Quote("t1", texts.getFirst())), ids, centroid);
    }

    private static Map<String, FeedbackItem> items(Theme theme, String stage) {
        return theme.itemIds().stream()
                .map(id -> new FeedbackItem(id, "text of " + id, null, null, null, stage, null, null, id))
                .collect(Collectors.toMap(FeedbackItem::id, Function.identity()));
    }
}
