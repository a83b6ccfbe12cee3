package io.journeyboard.analytics.report;

import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.log.IngestReport;
import io.journeyboard.analytics.moments.MomentOfTruth;
import io.journeyboard.analytics.painpoints.PainPoint;
import io.journeyboard.analytics.summary.LogSummary;
import io.journeyboard.analytics.touchpoints.GroupStats;
import io.journeyboard.analytics.transitions.TransitionGraph;
import io.journeyboard.analytics.variants.PathAnalysis;
import io.journeyboard.analytics.variants.VariantAnalysis;
import java.util.List;

/**
 * Everything computed for one log; serialised as-is into the JSON report documented in
 * {@code docs/analytics-report.md}. {@code paths} and {@code funnel} are null when not asked for;
 * {@code momentsOfTruth} is empty without a funnel.
 */
public record AnalyticsReport(
        int schemaVersion,
        IngestReport ingest,
        LogSummary summary,
        List<TransitionGraph.Edge> transitions,
        List<TransitionGraph.Endpoint> startActivities,
        List<TransitionGraph.Endpoint> endActivities,
        VariantAnalysis variants,
        PathAnalysis paths,
        FunnelAnalysis funnel,
        List<GroupStats> stages,
        List<GroupStats> touchpoints,
        List<GroupStats> channels,
        List<PainPoint> painPoints,
        List<MomentOfTruth> momentsOfTruth) {

    public static final int SCHEMA_VERSION = 1;
}
