package io.journeyboard.bench.analytics;

import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.EventLogReader;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.VariantAnalysis;
import java.io.IOException;
import java.nio.file.Path;

/** The journeyboard engine: load, transition graph with mean and median durations, variants, summary. */
final class EngineSide {

    private EngineSide() {
    }

    /** Runs the analysis; {@code loadNanos[0]} receives the loading time alone. */
    static Figures run(Path csv, long[] loadNanos) throws IOException {
        long start = System.nanoTime();
        EventLog log = EventLogReader.read(csv, LogReadOptions.defaults()).log();
        loadNanos[0] = System.nanoTime() - start;
        TransitionGraph graph = TransitionGraph.of(log);
        VariantAnalysis variants = VariantAnalysis.of(log, 10);
        LogSummary summary = LogSummary.of(log, variants.variantCount());
        return new Figures(summary.events(), summary.cases(), summary.activities(), graph.edges().size(),
                graph.totalTransitions(), variants.variantCount(),
                graph.edges().stream().mapToDouble(TransitionGraph.Edge::meanSeconds).sum());
    }
}
