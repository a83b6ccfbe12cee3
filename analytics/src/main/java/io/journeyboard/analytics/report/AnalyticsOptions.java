package io.journeyboard.analytics.report;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.CaseFilter;

/**
 * What to compute beyond the fixed parts of a report: the funnel ({@code stages}, may be null), how
 * many variants and paths to list, the activity whose before/after paths to show (may be null) and
 * their length (0 = whole paths), a case filter for variants and paths (may be null), and the case
 * count under which moments of truth are ignored.
 */
public record AnalyticsOptions(
        StageMapping stages, int topVariants, String pathActivity, int pathLength, CaseFilter filter, int minCases) {

    public static AnalyticsOptions defaults() {
        return new AnalyticsOptions(null, 10, null, 3, null, 20);
    }

    public AnalyticsOptions withStages(StageMapping value) {
        return new AnalyticsOptions(value, topVariants, pathActivity, pathLength, filter, minCases);
    }

    public AnalyticsOptions withPaths(String activity, int length) {
        return new AnalyticsOptions(stages, topVariants, activity, length, filter, minCases);
    }

    public AnalyticsOptions withFilter(CaseFilter value) {
        return new AnalyticsOptions(stages, topVariants, pathActivity, pathLength, value, minCases);
    }

    public AnalyticsOptions withTopVariants(int value) {
        return new AnalyticsOptions(stages, value, pathActivity, pathLength, filter, minCases);
    }
}
