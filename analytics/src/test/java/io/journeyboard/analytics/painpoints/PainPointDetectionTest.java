package io.journeyboard.analytics.painpoints;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.touchpoints.TouchpointAnalysis;
import io.journeyboard.analytics.transitions.TransitionGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PainPointDetectionTest {

    @TempDir
    Path dir;

    @Test
    void flagsDropOffReworkLongWaitsAndNegativeScoresRankedByCases() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Everyone visits and calls; half call twice; a slow wait from form to review; half never review.
            cases.add("c" + i + ": visit@0#2 call@10#2 " + (i % 2 == 0 ? "call@20#1 " : "") + "form@30#9"
                    + (i % 2 == 0 ? " review@100030#9" : ""));
        }
        EventLog log = TestLogs.cases(dir, cases.toArray(String[]::new));
        StageMapping mapping = new StageMapping(
                List.of(
                        new StageDefinition("Visit", List.of("visit"), false),
                        new StageDefinition("Review", List.of("review"), false)),
                OrderMode.ORDERED,
                0);
        FunnelAnalysis funnel = FunnelAnalysis.of(log, mapping);
        TouchpointAnalysis touchpoints = TouchpointAnalysis.of(log, mapping);
        List<PainPoint> found = PainPointDetection.DEFAULT.detect(
                funnel, touchpoints, TransitionGraph.of(log), 10, new double[] {1, 9});
        assertThat(found)
                .extracting(PainPoint::kind, PainPoint::subject)
                .contains(
                        Tuple.tuple(PainPoint.Kind.DROP_OFF, "Visit → Review"),
                        Tuple.tuple(PainPoint.Kind.REWORK, "call"),
                        Tuple.tuple(PainPoint.Kind.LONG_WAIT, "form → review"),
                        Tuple.tuple(PainPoint.Kind.NEGATIVE_SCORE, "call"));
        assertThat(found).isSortedAccordingTo((a, b) -> Long.compare(b.casesAffected(), a.casesAffected()));
        PainPoint dropOff = found.stream()
                .filter(p -> p.kind() == PainPoint.Kind.DROP_OFF)
                .findFirst()
                .orElseThrow();
        assertThat(dropOff.figures()).containsEntry("dropOff", 10.0).containsEntry("dropOffRate", 0.5);
        assertThat(found).noneMatch(p -> p.subject().equals("form") && p.kind() == PainPoint.Kind.NEGATIVE_SCORE);
    }

    @Test
    void ignoresAnythingSeenInTooFewCases() {
        EventLog log = TestLogs.cases(dir, "c1: a@0 a@1 b@100000", "c2: a@0 b@1");
        List<PainPoint> found = PainPointDetection.DEFAULT.detect(
                null, TouchpointAnalysis.of(log, null), TransitionGraph.of(log), 1, new double[] {0, 0});
        assertThat(found).isEmpty();
    }
}
