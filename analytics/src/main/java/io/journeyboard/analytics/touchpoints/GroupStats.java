package io.journeyboard.analytics.touchpoints;

import java.util.Comparator;

/**
 * Figures for one stage, touchpoint (activity) or channel: events, distinct cases, time spent (from
 * each of its events to the case's next event, in seconds), cases with rework (a touchpoint done
 * more than once, a stage or channel entered again after leaving it), and scores when a score
 * column is mapped: the mean (CSAT-style) and NPS (% of 9–10 minus % of 0–6, only when every
 * score is a whole number from 0 to 10). {@code comments} counts events with text.
 */
public record GroupStats(
        String name,
        long events,
        long cases,
        double meanSecondsSpent,
        double medianSecondsSpent,
        long reworkCases,
        double reworkRate,
        long scored,
        Double meanScore,
        Double nps,
        long comments) {

    /** Report order: most events first, then by name. */
    public static final Comparator<GroupStats> BY_EVENTS =
            Comparator.comparingLong(GroupStats::events).reversed().thenComparing(GroupStats::name);

    /**
     * The figures from a group's counts and sums; {@code npsScale} says whether every score of the log is 0–10 whole.
     */
    public static GroupStats of(
            String name,
            long events,
            long cases,
            double meanSecondsSpent,
            double medianSecondsSpent,
            long reworkCases,
            long scored,
            double scoreSum,
            long promoters,
            long detractors,
            long comments,
            boolean npsScale) {
        Double meanScore = scored == 0 ? null : scoreSum / scored;
        Double nps = scored == 0 || !npsScale ? null : 100.0 * (promoters - detractors) / scored;
        return new GroupStats(
                name,
                events,
                cases,
                meanSecondsSpent,
                medianSecondsSpent,
                reworkCases,
                (double) reworkCases / cases,
                scored,
                meanScore,
                nps,
                comments);
    }
}
