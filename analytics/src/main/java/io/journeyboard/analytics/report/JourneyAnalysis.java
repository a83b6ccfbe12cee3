package io.journeyboard.analytics.report;

import io.journeyboard.analytics.Distribution;
import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.moments.MomentOfTruth;
import io.journeyboard.analytics.moments.MomentsOfTruth;
import io.journeyboard.analytics.painpoints.PainPointDetection;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.touchpoints.TouchpointAnalysis;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.PathAnalysis;
import io.journeyboard.analytics.variants.VariantAnalysis;
import java.util.List;

/** Runs every analysis on a loaded log and gathers them into one {@link AnalyticsReport}. */
public final class JourneyAnalysis {

    private JourneyAnalysis() {}

    public static AnalyticsReport run(LoadedLog loaded, AnalyticsOptions options) {
        EventLog log = loaded.log();
        TransitionGraph graph = TransitionGraph.of(log);
        boolean[] keep = options.filter() == null ? null : options.filter().matches(log);
        VariantAnalysis allVariants = VariantAnalysis.of(log, options.topVariants());
        VariantAnalysis variants = keep == null ? allVariants : VariantAnalysis.of(log, options.topVariants(), keep);
        PathAnalysis paths = options.pathActivity() == null
                ? null
                : PathAnalysis.of(log, options.pathActivity(), options.pathLength(), options.topVariants(), keep);
        FunnelAnalysis funnel = options.stages() == null ? null : FunnelAnalysis.of(log, options.stages());
        TouchpointAnalysis touchpoints = TouchpointAnalysis.of(log, options.stages());
        List<MomentOfTruth> moments = funnel == null
                ? List.of()
                : MomentsOfTruth.of(
                        log, funnel, activity -> inLastStage(log, options, activity), options.minCases(), 10);
        var painPoints =
                PainPointDetection.DEFAULT.detect(funnel, touchpoints, graph, medianWait(log), scoreRange(log));
        return new AnalyticsReport(
                AnalyticsReport.SCHEMA_VERSION,
                loaded.ingest(),
                LogSummary.of(log, allVariants.variantCount()),
                graph.edges(),
                graph.startActivities(),
                graph.endActivities(),
                variants,
                paths,
                funnel,
                touchpoints.stages(),
                touchpoints.touchpoints(),
                touchpoints.channels(),
                painPoints,
                moments);
    }

    private static boolean inLastStage(EventLog log, AnalyticsOptions options, int activity) {
        return options.stages().lastRequired().matches(log.activityNames()[activity]);
    }

    /** The median of every directly-follows wait, the yardstick for "long waits". */
    private static double medianWait(EventLog log) {
        int n = log.eventCount() - log.caseCount();
        double[] waits = new double[Math.max(0, n)];
        int i = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart()[c] + 1; e < log.caseStart()[c + 1]; e++) {
                waits[i++] = (log.timeMicros()[e] - log.timeMicros()[e - 1]) / 1e6;
            }
        }
        return Distribution.of(waits).median();
    }

    private static double[] scoreRange(EventLog log) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        if (log.score() != null) {
            for (double score : log.score()) {
                if (!Double.isNaN(score)) {
                    min = Math.min(min, score);
                    max = Math.max(max, score);
                }
            }
        }
        return min > max ? new double[] {0, 0} : new double[] {min, max};
    }
}
