package io.journeyboard.analytics.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.segment.CaseValues;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FunnelCasesTest {

    @TempDir
    Path dir;

    private static final StageDefinition VISIT = new StageDefinition("Visit", List.of("visit"), false);
    private static final StageDefinition SIGNUP = new StageDefinition("Signup", List.of("sign*"), false);
    private static final StageDefinition HELP = new StageDefinition("Help", List.of("help"), true);
    private static final StageDefinition BUY = new StageDefinition("Buy", List.of("buy"), false);

    private static EventLog receipt() {
        List<String> attributes = List.of("case:channel", "case:group");
        return TestLogs.load(
                        SharedData.file("receipt.csv"),
                        LogReadOptions.defaults().withMapping(new LogColumnMapping(Map.of(), attributes)))
                .log();
    }

    private static StageMapping receiptFunnel(OrderMode order) {
        return new StageMapping(
                List.of(
                        new StageDefinition("Confirm", List.of("Confirmation of receipt"), false),
                        new StageDefinition("Check", List.of("T02 Check confirmation of receipt"), false),
                        new StageDefinition("Adviser", List.of("T04 Determine confirmation of receipt"), true),
                        new StageDefinition("Decide", List.of("T10 Determine necessity to stop indication"), false)),
                order,
                0);
    }

    @ParameterizedTest
    @EnumSource(OrderMode.class)
    void aClosedFunnelHasTheFiguresOfTheEnginesFunnelAnalysis(OrderMode order) {
        EventLog log = receipt();
        FunnelAnalysis engine = FunnelAnalysis.of(log, receiptFunnel(order));
        FunnelCases cases = FunnelCases.match(log, receiptFunnel(order), false, null);
        FunnelFigures figures = FunnelFigures.of(cases);

        assertThat(figures.steps())
                .extracting(FunnelFigures.Step::cases)
                .containsExactlyElementsOf(
                        engine.steps().stream().map(FunnelAnalysis.Step::cases).toList());
        assertThat(figures.steps())
                .extracting(FunnelFigures.Step::dropOff)
                .containsExactlyElementsOf(engine.steps().stream()
                        .map(FunnelAnalysis.Step::dropOff)
                        .toList());
        assertThat(figures.steps())
                .extracting(FunnelFigures.Step::conversionFromPrevious)
                .containsExactlyElementsOf(engine.steps().stream()
                        .map(FunnelAnalysis.Step::conversionFromPrevious)
                        .toList());
        TimeToConvert times = TimeToConvert.of(cases);
        for (int s = 1; s < engine.steps().size(); s++) {
            assertThat(times.steps().get(s).seconds().median())
                    .isEqualTo(engine.steps().get(s).medianSecondsToConvert());
            assertThat(Arrays.stream(times.steps().get(s).counts()).sum())
                    .isEqualTo(engine.steps().get(s).cases());
        }
        for (int c = 0; c < log.caseCount(); c++) {
            assertThat(cases.entered(c)).isEqualTo(engine.entered()[c]);
            assertThat(cases.converted(c)).isEqualTo(engine.converted()[c]);
        }
        assertThat(figures.steps().get(0).cases()).isGreaterThan(1000);
    }

    @Test
    void matchingInPartsOnSeveralCoresGivesWhatOnePassGives() {
        EventLog log = receipt();
        for (OrderMode order : OrderMode.values()) {
            for (boolean open : new boolean[] {false, true}) {
                FunnelCases whole = FunnelCases.match(log, receiptFunnel(order), open, null, 1);
                FunnelCases parts = FunnelCases.match(log, receiptFunnel(order), open, null, 7);
                assertThat(FunnelFigures.of(parts)).isEqualTo(FunnelFigures.of(whole));
                for (int c = 0; c < log.caseCount(); c++) {
                    assertThat(parts.entryMicros(c)).isEqualTo(whole.entryMicros(c));
                }
                for (int s = 0; s < whole.stepCount(); s++) {
                    assertThat(parts.waits(s)).isEqualTo(whole.waits(s));
                }
            }
        }
    }

    @Test
    void anOpenFunnelLetsCasesEnterAtTheFirstStepTheyPerform() {
        EventLog log = TestLogs.cases(
                dir, "c1: visit@0 signup@60 buy@600", "c2: signup@0 buy@30", "c3: buy@0", "c4: browse@0");
        StageMapping mapping = new StageMapping(List.of(VISIT, SIGNUP, BUY), OrderMode.ORDERED, 0);

        FunnelFigures closed = FunnelFigures.of(FunnelCases.match(log, mapping, false, null));
        FunnelFigures open = FunnelFigures.of(FunnelCases.match(log, mapping, true, null));

        assertThat(closed.steps()).extracting(FunnelFigures.Step::cases).containsExactly(1L, 1L, 1L);
        assertThat(open.entered()).isEqualTo(3);
        assertThat(open.steps()).extracting(FunnelFigures.Step::cases).containsExactly(1L, 2L, 3L);
        assertThat(open.steps()).extracting(FunnelFigures.Step::enteredHere).containsExactly(1L, 1L, 1L);
        assertThat(open.steps()).extracting(FunnelFigures.Step::continued).containsExactly(1L, 1L, 2L);
        assertThat(open.converted()).isEqualTo(3);
    }

    @Test
    void anOptionalStepIsCountedButNotNeededToConvert() {
        EventLog log = TestLogs.cases(
                dir, "c1: visit@0 signup@60 help@100 buy@600", "c2: visit@0 signup@30 buy@90", "c3: visit@0 help@5");
        FunnelCases cases = FunnelCases.match(
                log, new StageMapping(List.of(VISIT, SIGNUP, HELP, BUY), OrderMode.ORDERED, 0), false, null);

        FunnelFigures figures = FunnelFigures.of(cases);

        assertThat(figures.steps()).extracting(FunnelFigures.Step::cases).containsExactly(3L, 2L, 1L, 2L);
        assertThat(figures.steps().get(3).conversionFromPrevious()).isEqualTo(1.0);
        assertThat(figures.converted()).isEqualTo(2);
    }

    @Test
    void fiftyStepsAreMatchedLikeTheEngineDoes() {
        List<String> events = new ArrayList<>();
        List<StageDefinition> stages = new ArrayList<>();
        for (int s = 0; s < 50; s++) {
            stages.add(new StageDefinition("Step " + (s + 1), List.of("a" + s), false));
        }
        for (int c = 0; c < 60; c++) {
            StringBuilder line = new StringBuilder("c" + c + ":");
            for (int s = 0; s < c % 51; s++) {
                line.append(" a").append(s).append('@').append(s * 10);
            }
            events.add(c % 51 == 0 ? "c" + c + ": other@0" : line.toString());
        }
        EventLog log = TestLogs.cases(dir, events.toArray(String[]::new));
        StageMapping mapping = new StageMapping(stages, OrderMode.ORDERED, 0);

        FunnelFigures figures = FunnelFigures.of(FunnelCases.match(log, mapping, false, null));

        assertThat(figures.steps()).hasSize(50);
        assertThat(figures.steps())
                .extracting(FunnelFigures.Step::cases)
                .containsExactlyElementsOf(FunnelAnalysis.of(log, mapping).steps().stream()
                        .map(FunnelAnalysis.Step::cases)
                        .toList());
        assertThat(figures.steps().get(49).cases()).isEqualTo(1);
        assertThat(figures.steps().get(0).cases()).isEqualTo(58);
    }

    @Test
    void aBreakdownAddsUpToTheWholeFunnelWithAnOtherRowWhenValuesAreMany() {
        EventLog log = receipt();
        FunnelCases cases = FunnelCases.match(log, receiptFunnel(OrderMode.ORDERED), false, null);
        FunnelFigures whole = FunnelFigures.of(cases);
        List<CaseValues> by = List.of(CaseValues.of(log, "case:channel"), CaseValues.of(log, "case:group"));

        FunnelBreakdown breakdown = FunnelBreakdown.of(cases, by, 4);

        assertThat(breakdown.rows()).hasSize(4);
        assertThat(breakdown.rows().getLast().other()).isTrue();
        assertThat(breakdown.rows().getLast().values()).containsExactly("other", "other");
        for (int s = 0; s < whole.steps().size(); s++) {
            int step = s;
            assertThat(breakdown.rows().stream()
                            .mapToLong(r -> r.funnel().steps().get(step).cases())
                            .sum())
                    .isEqualTo(whole.steps().get(s).cases());
        }
        assertThat(breakdown.rows().stream()
                        .mapToLong(r -> r.funnel().entered())
                        .sum())
                .isEqualTo(whole.entered());
        assertThat(breakdown.rows().get(0).funnel().entered())
                .isGreaterThanOrEqualTo(breakdown.rows().get(1).funnel().entered());
    }

    @Test
    void theTrendCountsEveryEnteredCaseOnceInThePeriodItEntered() {
        EventLog log = receipt();
        FunnelCases cases = FunnelCases.match(log, receiptFunnel(OrderMode.ORDERED), false, null);

        ConversionTrend trend = ConversionTrend.of(cases, null);
        ConversionTrend weekly = ConversionTrend.of(cases, ConversionTrend.Period.WEEK);

        assertThat(trend.period()).isEqualTo(ConversionTrend.Period.WEEK);
        assertThat(trend.points().stream()
                        .mapToLong(ConversionTrend.Point::entered)
                        .sum())
                .isEqualTo(FunnelFigures.of(cases).entered());
        assertThat(trend.points().stream().mapToLong(p -> p.reached()[3]).sum())
                .isEqualTo(FunnelFigures.of(cases).steps().get(3).cases());
        assertThat(weekly.points())
                .allSatisfy(p -> assertThat(
                                Instant.parse(p.start()).atZone(ZoneOffset.UTC).getDayOfWeek())
                        .isEqualTo(DayOfWeek.MONDAY));
    }

    @Test
    void dropOffStartsAreTheCasesThatReachedThePreviousStepButNotThisOne() {
        EventLog log = TestLogs.cases(
                dir, "c1: visit@0 signup@60 buy@600", "c2: visit@0 browse@30 visit@40 leave@90", "c3: browse@0");
        FunnelCases cases = FunnelCases.match(
                log, new StageMapping(List.of(VISIT, SIGNUP, BUY), OrderMode.ORDERED, 0), false, null);

        int[] starts = cases.dropOffStarts(log, 1);

        assertThat(starts[0]).isEqualTo(-1);
        assertThat(log.activityNames()[log.activity()[starts[1]]]).isEqualTo("visit");
        assertThat(starts[1] - log.caseStart()[1])
                .as("the first visit, where the case entered")
                .isEqualTo(0);
        assertThat(starts[2]).isEqualTo(-1);
    }
}
