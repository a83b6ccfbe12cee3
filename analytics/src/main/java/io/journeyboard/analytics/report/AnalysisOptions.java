package io.journeyboard.analytics.report;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.CaseFilter;

/**
 * What to compute beyond the fixed parts of a report: the funnel ({@code stages}, may be null), how
 * many variants and paths to list, the activity whose before/after paths to show (may be null) and
 * their length (0 = whole paths), a case filter for variants and paths (may be null), and the case
 * count under which moments of truth are ignored.
 */
public record AnalysisOptions(StageMapping stages, int topVariants, String pathActivity, int pathLength,
                              CaseFilter filter, int minCases) {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, 10, null, 3, null, 20);
    }

    public AnalysisOptions withStages(StageMapping value) {
        return new AnalysisOptions(value, topVariants, pathActivity, pathLength, filter, minCases);
    }

    public AnalysisOptions withPaths(String activity, int length) {
        return new AnalysisOptions(stages, topVariants, activity, length, filter, minCases);
    }

    public AnalysisOptions withFilter(CaseFilter value) {
        return new AnalysisOptions(stages, topVariants, pathActivity, pathLength, value, minCases);
    }

    public AnalysisOptions withTopVariants(int value) {
        return new AnalysisOptions(stages, value, pathActivity, pathLength, filter, minCases);
    }
}
