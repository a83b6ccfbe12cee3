package io.journeyboard.analytics.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.EventLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TouchpointAnalysisTest {

    @TempDir
    Path dir;

    private GroupStats named(List<GroupStats> groups, String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsVolumeCasesTimeSpentAndRework() {
        EventLog log = TestLogs.cases(dir, "c1: call@0 call@100 mail@400", "c2: call@0 mail@50", "c3: mail@0");
        TouchpointAnalysis analysis = TouchpointAnalysis.of(log, null);
        GroupStats call = named(analysis.touchpoints(), "call");
        assertThat(call.events()).isEqualTo(3);
        assertThat(call.cases()).isEqualTo(2);
        assertThat(call.reworkCases()).isEqualTo(1);
        assertThat(call.reworkRate()).isEqualTo(0.5);
        assertThat(call.meanSecondsSpent()).isCloseTo((100 + 300 + 50) / 3.0, within(1e-9));
        assertThat(call.medianSecondsSpent()).isEqualTo(100);
        assertThat(analysis.stages()).isEmpty();
    }

    @Test
    void stageReworkMeansReenteringTheStage() {
        EventLog log = TestLogs.cases(dir, "c1: a1@0 a2@10 b@20 a1@30", "c2: a1@0 a2@10 b@20");
        StageMapping mapping = new StageMapping(
                List.of(new StageDefinition("A", List.of("a*"), false), new StageDefinition("B", List.of("b"), false)),
                OrderMode.ORDERED,
                0);
        GroupStats a = named(TouchpointAnalysis.of(log, mapping).stages(), "A");
        assertThat(a.events()).isEqualTo(5);
        assertThat(a.reworkCases()).isEqualTo(1);
    }

    @Test
    void scoresOnA0To10ScaleGiveCsatMeanAndNps() {
        EventLog log = TestLogs.cases(dir, "c1: survey@0#10 survey@5#9", "c2: survey@0#3", "c3: survey@0#8");
        GroupStats survey = named(TouchpointAnalysis.of(log, null).touchpoints(), "survey");
        assertThat(survey.scored()).isEqualTo(4);
        assertThat(survey.meanScore()).isEqualTo(7.5);
        assertThat(survey.nps()).isEqualTo(100.0 * (2 - 1) / 4);
    }

    @Test
    void fractionalScoresHaveNoNps() {
        EventLog log = TestLogs.cases(dir, "c1: survey@0#4.5", "c2: survey@0#2");
        GroupStats survey = named(TouchpointAnalysis.of(log, null).touchpoints(), "survey");
        assertThat(survey.meanScore()).isEqualTo(3.25);
        assertThat(survey.nps()).isNull();
    }
}
