package io.journeyboard.analytics.touchpoints;

/**
 * Figures for one stage, touchpoint (activity) or channel: events, distinct cases, time spent (from
 * each of its events to the case's next event, in seconds), cases with rework (a touchpoint done
 * more than once, a stage or channel entered again after leaving it), and scores when a score
 * column is mapped: the mean (CSAT-style) and NPS (% of 9–10 minus % of 0–6, only when every
 * score is a whole number from 0 to 10). {@code comments} counts events with text.
 */
public record GroupStats(String name, long events, long cases, double meanSecondsSpent, double medianSecondsSpent,
                         long reworkCases, double reworkRate, long scored, Double meanScore, Double nps,
                         long comments) {
}
