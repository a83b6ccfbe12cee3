package io.journeyboard.analytics.moments;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.segment.CaseValues;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionDriversTest {

    @TempDir
    Path dir;

    @Test
    void anActivityThatRaisesTheOddsRanksAboveOneThatChangesNothing() {
        String[] cases = new String[200];
        for (int c = 0; c < 200; c++) {
            boolean helped = c % 2 == 0;
            boolean buys = helped ? c % 10 != 0 : c % 10 == 1;
            boolean browses = c % 4 < 2;
            cases[c] = "c" + c + ": visit@0" + (helped ? " help@10" : "") + (browses ? " browse@20" : "")
                    + (buys ? " buy@30" : "");
        }
        EventLog log = TestLogs.cases(dir, cases);
        FunnelAnalysis funnel = FunnelAnalysis.of(
                log,
                new StageMapping(
                        List.of(
                                new StageDefinition("Visit", List.of("visit"), false),
                                new StageDefinition("Buy", List.of("buy"), false)),
                        OrderMode.ORDERED,
                        0));
        int buy = Arrays.asList(log.activityNames()).indexOf("buy");

        List<ConversionDrivers.Driver> drivers =
                ConversionDrivers.of(log, funnel.entered(), funnel.converted(), a -> a == buy, List.of(), 5, 10);

        ConversionDrivers.Driver help = drivers.getFirst();
        assertThat(help.name()).isEqualTo("help");
        assertThat(help.casesWith()).isEqualTo(100);
        assertThat(help.convertedWith()).isEqualTo(80);
        assertThat(help.convertedWithout()).isEqualTo(20);
        assertThat(help.oddsRatio()).isCloseTo(16, Offset.offset(1.0));
        assertThat(help.low()).isLessThan(help.oddsRatio()).isGreaterThan(1);
        assertThat(help.significant()).isTrue();
        ConversionDrivers.Driver browse = drivers.stream()
                .filter(d -> d.name().equals("browse"))
                .findFirst()
                .orElseThrow();
        assertThat(browse.significant()).isFalse();
        assertThat(browse.low()).isLessThan(1).isLessThan(browse.high());
        assertThat(drivers).extracting(ConversionDrivers.Driver::name).doesNotContain("buy", "visit");
    }

    @Test
    void attributeValuesOfARealLogAreCountedOverTheEnteredCases() {
        EventLog log = TestLogs.load(
                        SharedData.file("receipt.csv"),
                        LogReadOptions.defaults().withMapping(new LogColumnMapping(Map.of(), List.of("case:group"))))
                .log();
        FunnelAnalysis funnel = FunnelAnalysis.of(
                log,
                new StageMapping(
                        List.of(
                                new StageDefinition("Confirm", List.of("Confirmation of receipt"), false),
                                new StageDefinition(
                                        "Decide", List.of("T10 Determine necessity to stop indication"), false)),
                        OrderMode.ORDERED,
                        0));
        CaseValues group = CaseValues.of(log, "case:group");

        List<ConversionDrivers.Driver> drivers =
                ConversionDrivers.of(log, funnel.entered(), funnel.converted(), a -> false, List.of(group), 20, 100);

        long entered = 0;
        for (boolean e : funnel.entered()) {
            entered += e ? 1 : 0;
        }
        long total = entered;
        assertThat(drivers)
                .filteredOn(d -> d.kind().equals("attribute"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.casesWith() + d.casesWithout()).isEqualTo(total));
        assertThat(drivers).allSatisfy(d -> assertThat(d.low()).isLessThanOrEqualTo(d.oddsRatio()));
        List<Double> sure =
                drivers.stream().map(ConversionDrivers.Driver::sureEffect).toList();
        assertThat(sure).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }
}
