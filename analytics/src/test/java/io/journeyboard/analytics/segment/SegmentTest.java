package io.journeyboard.analytics.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.VariantAnalysis;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentTest {

    private static final EventLog RECEIPT = TestLogs.load(
                    SharedData.file("receipt.csv"),
                    LogReadOptions.defaults().withMapping(new LogColumnMapping(Map.of(), List.of("case:channel"))))
            .log();

    @Test
    void aSliceOfASegmentGivesTheSameGraphAsTheWholeLogOnlyWhenNothingIsLeftOut() {
        assertThat(LogSlice.of(RECEIPT, Segment.ALL.cases(RECEIPT))).isSameAs(RECEIPT);
        boolean[] internet = new Segment(Map.of("case:channel", Set.of("Internet")), null, null, null).cases(RECEIPT);
        EventLog slice = LogSlice.of(RECEIPT, internet);
        long kept = 0;
        for (boolean k : internet) {
            kept += k ? 1 : 0;
        }

        assertThat(slice.caseCount())
                .isEqualTo(kept)
                .isLessThan(RECEIPT.caseCount())
                .isPositive();
        CaseValues channel = CaseValues.of(slice, "case:channel");
        for (int c = 0; c < slice.caseCount(); c++) {
            assertThat(channel.valueOf(c)).isEqualTo("Internet");
        }
        assertThat(VariantAnalysis.of(slice, 5).casesConsidered()).isEqualTo(kept);
        assertThat(VariantAnalysis.of(RECEIPT, 5, internet).top())
                .isEqualTo(VariantAnalysis.of(slice, 5).top());
        assertThat(TransitionGraph.of(slice).totalTransitions())
                .isEqualTo(slice.eventCount() - (long) slice.caseCount());
    }

    @Test
    void aPeriodKeepsTheCasesThatStartedInIt() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int c = 0; c < RECEIPT.caseCount(); c++) {
            long started = RECEIPT.timeMicros()[RECEIPT.caseStart()[c]];
            first = Math.min(first, started);
            last = Math.max(last, started);
        }
        long middle = first + (last - first) / 2;
        boolean[] early = new Segment(Map.of(), null, middle, null).cases(RECEIPT);
        boolean[] late = new Segment(Map.of(), middle, null, null).cases(RECEIPT);

        for (int c = 0; c < early.length; c++) {
            assertThat(early[c]).isNotEqualTo(late[c]);
        }
    }

    @Test
    void aVariantKeepsExactlyItsCasesAndAnUnknownNameIsExplained() {
        VariantAnalysis.Variant top = VariantAnalysis.of(RECEIPT, 1).top().getFirst();
        boolean[] keep = new Segment(Map.of(), null, null, top.activities()).cases(RECEIPT);
        long kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }

        assertThat(kept).isEqualTo(top.cases());
        assertThatThrownBy(() -> new Segment(Map.of("colour", Set.of("red")), null, null, null).cases(RECEIPT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no attribute \"colour\"")
                .hasMessageContaining("case:channel");
    }
}
