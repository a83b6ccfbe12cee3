package io.journeyboard.analytics.lane;

import java.util.List;

/**
 * A measured lane: how many cases entered the journey (reached any bound step), the figures of each
 * bound step in map order, and per stage the cases that reached any of its steps.
 *
 * @param notes what may make figures zero, such as an attribute the data does not have
 */
public record LaneFigures(
        long cases, long entrants, List<StepFigures> steps, List<StageReach> stages, List<String> notes) {

    /** A stage's reach: the cases that reached at least one of its bound steps. */
    public record StageReach(String stage, long cases, double shareOfEntrants) {}
}
