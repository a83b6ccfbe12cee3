package io.journeyboard.analytics.variants;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathSankeyTest {

    private static final EventLog RECEIPT = TestLogs.load(SharedData.file("receipt.csv"), LogReadOptions.defaults())
            .log();

    private static int[] firstOccurrence(EventLog log, String activity) {
        int code = Arrays.asList(log.activityNames()).indexOf(activity);
        int[] starts = new int[log.caseCount()];
        for (int c = 0; c < starts.length; c++) {
            starts[c] = -1;
            for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1] && starts[c] < 0; e++) {
                starts[c] = log.activity()[e] == code ? e : -1;
            }
        }
        return starts;
    }

    @Test
    void everyLevelHoldsEveryCaseWithOtherAndEndedBuckets() {
        String anchor = "T02 Check confirmation of receipt";
        PathSankey sankey = PathSankey.of(RECEIPT, firstOccurrence(RECEIPT, anchor), false, 6, 3, Map.of(), 10);

        assertThat(sankey.levels()).hasSize(7);
        for (PathSankey.Level level : sankey.levels()) {
            assertThat(level.nodes().stream().mapToLong(PathSankey.Node::cases).sum())
                    .isEqualTo(sankey.cases());
        }
        assertThat(sankey.levels().get(0).nodes())
                .extracting(PathSankey.Node::name)
                .containsExactly(anchor);
        assertThat(sankey.levels().get(6).nodes())
                .extracting(PathSankey.Node::kind)
                .contains("other", "ended");
        for (int level = 0; level < 6; level++) {
            int at = level;
            assertThat(sankey.links().stream()
                            .filter(l -> l.level() == at)
                            .mapToLong(PathSankey.Link::cases)
                            .sum())
                    .isEqualTo(sankey.cases());
        }
        assertThat(sankey.links()).filteredOn(l -> l.from().equals("ended")).allMatch(l -> l.to().equals("ended"));
    }

    @Test
    void anExpandedLevelShowsMoreActivitiesAndLessOther() {
        int[] starts = firstOccurrence(RECEIPT, "Confirmation of receipt");
        PathSankey narrow = PathSankey.of(RECEIPT, starts, false, 3, 2, Map.of(), 5);
        PathSankey expanded = PathSankey.of(RECEIPT, starts, false, 3, 2, Map.of(2, 3), 5);

        assertThat(expanded.levels().get(2).nodes().size())
                .isGreaterThan(narrow.levels().get(2).nodes().size());
        assertThat(expanded.levels().get(2).hiddenActivities())
                .isEqualTo(narrow.levels().get(2).hiddenActivities() - 3);
        assertThat(expanded.levels().get(1)).isEqualTo(narrow.levels().get(1));
    }

    @Test
    void topPathsAreThoseOfTheEnginesPathAnalysisForwardsAndBackwards() {
        String anchor = "T06 Determine necessity of stop advice";
        PathAnalysis engine = PathAnalysis.of(RECEIPT, anchor, 4, 8, null);
        int[] starts = firstOccurrence(RECEIPT, anchor);

        PathSankey forward = PathSankey.of(RECEIPT, starts, false, 4, 5, Map.of(), 8);
        PathSankey backward = PathSankey.of(RECEIPT, starts, true, 4, 5, Map.of(), 8);

        assertThat(forward.cases()).isEqualTo(engine.cases());
        assertThat(forward.topPaths())
                .extracting(PathSankey.TopPath::activities)
                .containsExactlyElementsOf(engine.after().stream()
                        .map(PathAnalysis.Path::activities)
                        .toList());
        assertThat(forward.topPaths())
                .extracting(PathSankey.TopPath::cases)
                .containsExactlyElementsOf(
                        engine.after().stream().map(PathAnalysis.Path::cases).toList());
        assertThat(backward.topPaths())
                .extracting(PathSankey.TopPath::cases)
                .containsExactlyElementsOf(
                        engine.before().stream().map(PathAnalysis.Path::cases).toList());
        assertThat(backward.topPaths().get(0).activities())
                .isEqualTo(engine.before().get(0).activities());
    }

    @Test
    void variantTableAgreesWithVariantAnalysisAndAddsDurations() {
        VariantAnalysis engine = VariantAnalysis.of(RECEIPT, 10);
        VariantTable table = VariantTable.of(RECEIPT, 10, null);

        assertThat(table.variantCount()).isEqualTo(engine.variantCount());
        assertThat(table.rows())
                .extracting(VariantTable.Row::activities)
                .containsExactlyElementsOf(engine.top().stream()
                        .map(VariantAnalysis.Variant::activities)
                        .toList());
        assertThat(table.rows())
                .extracting(VariantTable.Row::cases)
                .containsExactlyElementsOf(engine.top().stream()
                        .map(VariantAnalysis.Variant::cases)
                        .toList());
        assertThat(table.rows()).allSatisfy(row -> {
            assertThat(row.length()).isEqualTo(row.activities().size());
            assertThat(row.meanSeconds()).isGreaterThanOrEqualTo(0);
        });
        assertThat(table.rows().get(0).rank()).isEqualTo(1);
        assertThat(List.of(table.rows().get(0).medianSeconds())).isNotEmpty();
    }
}
