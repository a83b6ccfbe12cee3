package io.journeyboard.bench.analytics;

/**
 * The figures both sides compute from the same file, compared before any time is believed: events,
 * cases, activities, directly-follows edges and transitions, variants, and the sum over edges of the
 * mean durations (seconds), a checksum of the durations.
 */
record Figures(
        long events, long cases, long activities, long edges, long transitions, long variants, double meanSecondsSum) {

    boolean agreesWith(Figures other) {
        return events == other.events
                && cases == other.cases
                && activities == other.activities
                && edges == other.edges
                && transitions == other.transitions
                && variants == other.variants
                && Math.abs(meanSecondsSum - other.meanSecondsSum) <= 1e-6 * Math.max(1, Math.abs(meanSecondsSum));
    }
}
