package io.journeyboard.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule by which a journey's stages become an event log's funnel, on the CLI and the server alike. */
class JourneyFunnelTest {

    private static final String[] ACTIVITIES = {"register request", "examine casually", "decide", "pay compensation"};

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> stages(Object... nameThenSteps) {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSteps.length; i += 2) {
            stages.put((String) nameThenSteps[i], (List<String>) nameThenSteps[i + 1]);
        }
        return stages;
    }

    @Test
    void stagesMarkedByTheirStepsBecomeAnOrderedFunnelWithoutTheStagesThatHaveNoSteps() {
        JourneyFunnel funnel = JourneyFunnel.of(
                stages(
                        "Register",
                        List.of("register request"),
                        "Think",
                        List.of(),
                        "Decide",
                        List.of("examine *", "decide"),
                        "Pay",
                        List.of("pay compensation")),
                ACTIVITIES);

        assertThat(funnel.note()).isNull();
        assertThat(funnel.stages()).isPresent();
        assertThat(funnel.funnel().order()).isEqualTo(OrderMode.ORDERED);
        assertThat(funnel.funnel().stages())
                .extracting(StageDefinition::name)
                .containsExactly("Register", "Decide", "Pay");
        assertThat(funnel.funnel().stages().get(1).matches("examine casually")).isTrue();
    }

    @Test
    void aJourneyWithoutStepsGivesNoFunnelAndSaysWhy() {
        JourneyFunnel funnel = JourneyFunnel.of(stages("Register", List.of(), "Pay", List.of()), ACTIVITIES);

        assertThat(funnel.stages()).isEmpty();
        assertThat(funnel.note()).contains("no steps yet", "name steps after activities");
    }

    @Test
    void aFirstStageNoActivityMarksGivesNoFunnelAndNamesTheStage() {
        JourneyFunnel funnel = JourneyFunnel.of(
                stages("Discover", List.of("Visit site"), "Pay", List.of("pay compensation")), ACTIVITIES);

        assertThat(funnel.stages()).isEmpty();
        assertThat(funnel.note()).contains("no case reached the first stage (\"Discover\")", "patterns such as A_*");
    }

    @Test
    void aLaterStageNoActivityMarksStaysInTheFunnelWithNoCases() {
        JourneyFunnel funnel = JourneyFunnel.of(
                stages("Register", List.of("register request"), "Refund", List.of("refund")), ACTIVITIES);

        assertThat(funnel.note()).isNull();
        assertThat(funnel.funnel().stages()).extracting(StageDefinition::name).containsExactly("Register", "Refund");
    }
}
