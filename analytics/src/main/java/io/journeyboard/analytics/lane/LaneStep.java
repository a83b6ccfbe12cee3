package io.journeyboard.analytics.lane;

import java.util.List;

/**
 * One step of a measured lane, as the event data sees it: the events that reach it are those of
 * {@code activities} (names or {@code *}/{@code ?} patterns), and when {@code attribute} is given only
 * those whose attribute equals {@code value}. Steps are given in the map's order.
 */
public record LaneStep(
        String stepId, String stepName, String stage, List<String> activities, String attribute, String value) {

    public LaneStep {
        activities = List.copyOf(activities);
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("step \"" + stepName + "\" is bound to no activity");
        }
        if ((attribute == null) != (value == null)) {
            throw new IllegalArgumentException("step \"" + stepName + "\" narrows by an attribute without a value");
        }
    }
}
