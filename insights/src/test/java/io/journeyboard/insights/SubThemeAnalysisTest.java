package io.journeyboard.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubThemeAnalysisTest {

    private final SubThemeAnalysis analysis = new SubThemeAnalysis(TestModel.embedder(), InsightOptions.DEFAULT);

    @Test
    void theLargestThemeOfTheReviewsSplitsIntoNamedPartsThatHoldEachOfItsItemsOnce() {
        InsightReport report = TestModel.yelpReport();
        Theme largest = report.themes().getFirst();

        List<Theme> parts = analysis.split(report, largest.id());

        assertThat(largest.size()).isGreaterThanOrEqualTo(SubThemeAnalysis.MIN_ITEMS);
        assertThat(parts.stream().filter(part -> !part.id().endsWith(".other"))).hasSizeBetween(2, 8);
        assertThat(parts).allSatisfy(part -> assertThat(part.id()).startsWith(largest.id() + "."));
        assertThat(parts.stream().flatMap(part -> part.itemIds().stream()))
                .containsExactlyInAnyOrderElementsOf(largest.itemIds());
        assertThat(new HashSet<>(parts.stream().map(Theme::name).toList()))
                .as(
                        "names that tell the parts apart: %s",
                        parts.stream().map(Theme::name).toList())
                .hasSameSizeAs(parts);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.name()).isNotBlank().doesNotStartWith("Theme ");
            assertThat(part.quotes()).isNotEmpty();
            assertThat(part.quotes().stream().map(Quote::itemId)).isSubsetOf(part.itemIds());
        });
    }

    @Test
    void theLargeThemesOfTheReviewsSplitIntoPartsOfUsefulSizeOrNamedOutliers() {
        InsightReport report = TestModel.yelpReport();
        for (Theme theme : report.themes().subList(0, 3)) {
            List<Theme> parts = analysis.split(report, theme.id());

            System.out.println(theme.name() + " (" + theme.size() + "): "
                    + parts.stream().map(p -> p.name() + " " + p.size()).toList());
            assertThat(parts.stream()
                            .filter(part -> !part.isOther() && part.id().contains(".")))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(part -> {
                        if (part.size() < SubThemeAnalysis.SMALLEST_SHARE * theme.size()) {
                            assertThat(part.name()).endsWith(SubThemeAnalysis.OUTLIER_MARK);
                        }
                    });
            assertThat(parts.getFirst().size()).as("the largest part").isLessThanOrEqualTo((int) (0.9 * theme.size()));
        }
    }

    @Test
    void aSmallThemeOrTheOtherThemeIsNotSplitAndTheReasonIsSaid() {
        InsightReport report = TestModel.yelpReport();
        Theme smallest = report.themes().stream()
                .filter(theme -> !theme.isOther())
                .reduce((first, second) -> second)
                .orElseThrow();

        if (smallest.size() < SubThemeAnalysis.MIN_ITEMS) {
            assertThatThrownBy(() -> analysis.split(report, smallest.id()))
                    .hasMessageContaining(smallest.size() + " items")
                    .hasMessageContaining("from " + SubThemeAnalysis.MIN_ITEMS + " items on");
        }
        assertThatThrownBy(() -> analysis.split(report, "T999")).hasMessageContaining("no theme 'T999'");
        if (report.theme(Theme.OTHER).isPresent()) {
            assertThatThrownBy(() -> analysis.split(report, Theme.OTHER)).hasMessageContaining("no sub-themes");
        }
    }
}
