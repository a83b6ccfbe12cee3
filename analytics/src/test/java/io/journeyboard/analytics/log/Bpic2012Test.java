package io.journeyboard.analytics.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.analytics.SharedData;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.VariantAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published figures of BPI Challenge 2012 (data/README.md), read from the real XES. */
class Bpic2012Test {

    private static LoadedLog loaded;
    private static final AtomicLong progress = new AtomicLong();

    @BeforeAll
    static void readLog() throws IOException {
        loaded = EventLogReader.read(
                SharedData.file("bpic2012.xes.gz"), LogReadOptions.defaults().withProgress(progress::set));
    }

    @Test
    void readsAllCasesEventsAndActivities() {
        EventLog log = loaded.log();
        assertThat(log.caseCount()).isEqualTo(13_087);
        assertThat(log.eventCount()).isEqualTo(262_200);
        assertThat(log.activityCount()).isEqualTo(24);
        assertThat(loaded.ingest().skippedRows()).isZero();
    }

    @Test
    void directlyFollowsGraphHas125EdgesTotalling249113() {
        TransitionGraph graph = TransitionGraph.of(loaded.log());
        assertThat(graph.edges()).hasSize(125);
        assertThat(graph.totalTransitions()).isEqualTo(249_113);
    }

    @Test
    void has4366Variants() {
        assertThat(VariantAnalysis.of(loaded.log(), 10).variantCount()).isEqualTo(4_366);
    }

    @Test
    void reportsProgressUpToTheCompressedFileSize() throws IOException {
        assertThat(progress.get()).isEqualTo(Files.size(SharedData.file("bpic2012.xes.gz")));
    }

    @Test
    void ordersEventsOfACaseByTime() {
        EventLog log = loaded.log();
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart()[c] + 1; e < log.caseStart()[c + 1]; e++) {
                assertThat(log.timeMicros()[e]).isGreaterThanOrEqualTo(log.timeMicros()[e - 1]);
            }
        }
    }
}
