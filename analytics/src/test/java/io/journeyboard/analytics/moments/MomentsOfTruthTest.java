package io.journeyboard.analytics.moments;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.TestLogs;
import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.EventLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MomentsOfTruthTest {

    @TempDir
    Path dir;

    @Test
    void ranksTouchpointsByHowMuchTheyChangeConversion() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean demo = i < 20;
            boolean buys = demo ? i < 16 : i < 24; // 16/20 with a demo, 4/20 without
            boolean faq = i % 2 == 0; // evenly spread: no effect
            cases.add("c" + i + ": visit@0 " + (demo ? "demo@1 " : "") + (faq ? "faq@2 " : "")
                    + (buys ? "buy@3" : "leave@3"));
        }
        EventLog log = TestLogs.cases(dir, cases.toArray(String[]::new));
        StageMapping mapping = new StageMapping(
                List.of(
                        new StageDefinition("Visit", List.of("visit"), false),
                        new StageDefinition("Buy", List.of("buy"), false)),
                OrderMode.ORDERED,
                0);
        FunnelAnalysis funnel = FunnelAnalysis.of(log, mapping);
        List<MomentOfTruth> moments = MomentsOfTruth.of(log, funnel, a -> log.activityNames()[a].equals("buy"), 10, 10);
        MomentOfTruth demo = moments.getFirst();
        assertThat(demo.touchpoint()).isEqualTo("leave");
        MomentOfTruth demoMoment = moments.stream()
                .filter(m -> m.touchpoint().equals("demo"))
                .findFirst()
                .orElseThrow();
        assertThat(demoMoment.casesWith()).isEqualTo(20);
        assertThat(demoMoment.conversionWith()).isEqualTo(0.8);
        assertThat(demoMoment.conversionWithout()).isEqualTo(0.2);
        assertThat(demoMoment.lift()).isEqualTo(4.0);
        assertThat(moments).extracting(MomentOfTruth::touchpoint).doesNotContain("visit", "buy");
        assertThat(moments.indexOf(demoMoment))
                .isLessThan(
                        moments.stream().map(MomentOfTruth::touchpoint).toList().indexOf("faq"));
    }
}
