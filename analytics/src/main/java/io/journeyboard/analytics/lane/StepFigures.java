package io.journeyboard.analytics.lane;

import java.util.List;

/**
 * The measured figures of one step. Counts are cases; shares are 0..1. {@code conversionFromPrevious}
 * and {@code dropOff} compare with the previous step of the lane (for the first step: with the
 * journey's entrants). {@code medianSecondsToNext} is null for the last step or when no case went on.
 *
 * @param samples a few case ids behind the figures: reached, dropped off before it, reworked after it
 */
public record StepFigures(
        String stepId,
        String stepName,
        String stage,
        long cases,
        double shareOfEntrants,
        double conversionFromPrevious,
        long dropOff,
        Double medianSecondsToNext,
        long casesToNext,
        long rework,
        double reworkShare,
        Samples samples) {

    /** Case ids (at most {@link MeasuredLane#SAMPLE_SIZE} each) that a figure counted. */
    public record Samples(List<String> reached, List<String> droppedOff, List<String> rework) {}
}
