package io.journeyboard.bench.analytics;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.VariantAnalysis;
import java.io.IOException;
import java.nio.file.Path;

/** The journeyboard engine: load, transition graph with mean and median durations, variants, summary. */
final class EngineSide {

    private EngineSide() {}

    /**
     * Runs the analysis; {@code load[0]} receives the loading wall time alone, {@code load[1]} its process CPU time.
     */
    static Figures run(Path csv, long[] load) throws IOException {
        long cpu = AnalyticsBenchmark.processCpuNanos();
        long start = System.nanoTime();
        EventLog log = EventLogReader.read(csv, LogReadOptions.defaults()).log();
        load[0] = System.nanoTime() - start;
        load[1] = AnalyticsBenchmark.processCpuNanos() - cpu;
        TransitionGraph graph = TransitionGraph.of(log);
        VariantAnalysis variants = VariantAnalysis.of(log, 10);
        LogSummary summary = LogSummary.of(log, variants.variantCount());
        return new Figures(
                summary.events(),
                summary.cases(),
                summary.activities(),
                graph.edges().size(),
                graph.totalTransitions(),
                variants.variantCount(),
                graph.edges().stream()
                        .mapToDouble(TransitionGraph.Edge::meanSeconds)
                        .sum());
    }
}
