package io.journeyboard.analytics.variants;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.log.CaseFilter;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void listsPathsBeforeAndAfterTheFirstOccurrence() {
        EventLog log =
                TestLogs.cases(dir, "c1: a@0 b@1 x@2 c@3 d@4", "c2: b@0 x@1 c@2", "c3: a@0 b@1 x@2 c@3 x@4", "c4: a@0");
        PathAnalysis paths = PathAnalysis.of(log, "x", 1, 10, null);
        assertThat(paths.cases()).isEqualTo(3);
        assertThat(paths.before()).containsExactly(new PathAnalysis.Path(List.of("b"), 3, 1.0));
        assertThat(paths.after()).containsExactly(new PathAnalysis.Path(List.of("c"), 3, 1.0));
        PathAnalysis whole = PathAnalysis.of(log, "x", 0, 10, null);
        assertThat(whole.before().getFirst()).isEqualTo(new PathAnalysis.Path(List.of("a", "b"), 2, 2 / 3.0));
        assertThat(whole.after())
                .extracting(PathAnalysis.Path::activities)
                .containsExactly(List.of("c"), List.of("c", "d"), List.of("c", "x"));
    }

    @Test
    void variantsAreRankedAndFilterableByCaseAttribute() {
        Path file = TestLogs.write(
                dir,
                "channels.csv",
                "case,activity,time,channel",
                "c1,a,1,web",
                "c1,b,2,web",
                "c2,a,1,app",
                "c2,b,2,app",
                "c3,b,1,app",
                "c3,a,2,app");
        EventLog log = TestLogs.load(file, LogReadOptions.defaults()).log();
        VariantAnalysis all = VariantAnalysis.of(log, 10);
        assertThat(all.variantCount()).isEqualTo(2);
        assertThat(all.top().getFirst()).isEqualTo(new VariantAnalysis.Variant(List.of("a", "b"), 2, 2 / 3.0));
        VariantAnalysis app =
                VariantAnalysis.of(log, 10, CaseFilter.parse("channel=app").matches(log));
        assertThat(app.casesConsidered()).isEqualTo(2);
        assertThat(app.top()).extracting(VariantAnalysis.Variant::share).containsExactly(0.5, 0.5);
    }
}
