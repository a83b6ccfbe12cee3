package io.journeyboard.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.problems.BadInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelAnalysisTest {

    @TempDir
    Path dir;

    private EventLog journeys() {
        return TestLogs.cases(
                dir,
                "c1: visit@0 signup@60 buy@600",
                "c2: visit@0 browse@30 signup@90",
                "c3: signup@0 visit@10",
                "c4: visit@0 help@5 signup@100 help@200 buy@400",
                "c5: browse@0");
    }

    private static StageMapping mapping(OrderMode order, long window, StageDefinition... stages) {
        return new StageMapping(List.of(stages), order, window);
    }

    private static final StageDefinition VISIT = new StageDefinition("Visit", List.of("visit"), false);
    private static final StageDefinition SIGNUP = new StageDefinition("Signup", List.of("sign*"), false);
    private static final StageDefinition BUY = new StageDefinition("Buy", List.of("buy"), false);

    @Test
    void orderedModeCountsStagesReachedLaterInTheCase() {
        FunnelAnalysis funnel = FunnelAnalysis.of(journeys(), mapping(OrderMode.ORDERED, 0, VISIT, SIGNUP, BUY));
        assertThat(funnel.steps()).extracting(FunnelAnalysis.Step::cases).containsExactly(4L, 3L, 2L);
        FunnelAnalysis.Step signup = funnel.steps().get(1);
        assertThat(signup.conversionFromPrevious()).isEqualTo(0.75);
        assertThat(signup.dropOff()).isEqualTo(1);
        assertThat(signup.medianSecondsToConvert()).isEqualTo(90);
        assertThat(funnel.steps().get(2).meanSecondsToConvert()).isEqualTo((540 + 300) / 2.0);
        assertThat(funnel.steps().get(2).conversionFromStart()).isEqualTo(0.5);
        assertThat(funnel.converted()).containsExactly(true, false, false, true, false);
    }

    @Test
    void strictModeNeedsTheVeryNextEvent() {
        FunnelAnalysis funnel = FunnelAnalysis.of(journeys(), mapping(OrderMode.STRICT, 0, VISIT, SIGNUP, BUY));
        assertThat(funnel.steps()).extracting(FunnelAnalysis.Step::cases).containsExactly(4L, 1L, 1L);
    }

    @Test
    void anyOrderModeCountsStagesWhateverTheirOrder() {
        FunnelAnalysis funnel = FunnelAnalysis.of(journeys(), mapping(OrderMode.ANY, 0, VISIT, SIGNUP, BUY));
        assertThat(funnel.steps()).extracting(FunnelAnalysis.Step::cases).containsExactly(4L, 4L, 2L);
    }

    @Test
    void anOptionalStageDoesNotBlockTheStagesAfterIt() {
        StageDefinition help = new StageDefinition("Help", List.of("help"), true);
        FunnelAnalysis funnel = FunnelAnalysis.of(journeys(), mapping(OrderMode.ORDERED, 0, VISIT, help, SIGNUP, BUY));
        assertThat(funnel.steps()).extracting(FunnelAnalysis.Step::cases).containsExactly(4L, 1L, 3L, 2L);
        assertThat(funnel.steps().get(2).conversionFromPrevious()).isEqualTo(0.75);
    }

    @Test
    void theConversionWindowDropsStagesReachedTooLate() {
        FunnelAnalysis funnel = FunnelAnalysis.of(journeys(), mapping(OrderMode.ORDERED, 120, VISIT, SIGNUP, BUY));
        assertThat(funnel.steps()).extracting(FunnelAnalysis.Step::cases).containsExactly(4L, 3L, 0L);
    }

    @Test
    void readsAStageMappingFile() throws Exception {
        Path file = TestLogs.write(dir, "stages.json", """
                {"order": "strict", "windowSeconds": 3600, "stages": [
                  {"name": "Visit", "activities": ["visit"]},
                  {"name": "Signup", "activities": ["sign?p"], "optional": true}]}""");
        StageMapping mapping = StageMapping.read(file);
        assertThat(mapping.order()).isEqualTo(OrderMode.STRICT);
        assertThat(mapping.windowSeconds()).isEqualTo(3600);
        assertThat(mapping.stages().get(1).optional()).isTrue();
        assertThat(mapping.stages().get(1).matches("signup")).isTrue();
        assertThat(mapping.stages().get(1).matches("signups")).isFalse();
    }

    @Test
    void aBadStageMappingFileSaysWhatToChange() {
        Path unknownOrder = TestLogs.write(dir, "order.json", "{\"order\": \"sideways\", \"stages\": []}");
        Path optionalFirst = TestLogs.write(
                dir, "first.json", "{\"stages\": [{\"name\": \"A\", \"activities\": [\"a\"], \"optional\": true}]}");
        Path typo = TestLogs.write(dir, "typo.json", "{\"stage\": []}");
        assertThatThrownBy(() -> StageMapping.read(unknownOrder))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("order is one of ordered, strict, any");
        assertThatThrownBy(() -> StageMapping.read(optionalFirst)).hasMessageContaining("cannot be optional");
        assertThatThrownBy(() -> StageMapping.read(typo))
                .hasMessageContaining("typo.json:1")
                .hasMessageContaining("stage");
    }
}
