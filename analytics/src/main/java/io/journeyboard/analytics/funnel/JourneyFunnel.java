package io.journeyboard.analytics.funnel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule that turns a journey map's stages into the funnel of an event log, for every front
 * (the CLI's {@code --map}, the server's analytics route): a stage is marked by activities named like
 * its steps ({@link StageMapping#ofJourneyStages}); stages without steps are left out. There is no
 * funnel, and a note says why and what to change, when no stage has a step, or when no activity of
 * the log marks the first stage (in an ordered funnel cases enter there, so none would).
 *
 * @param funnel the funnel, or null when there is none
 * @param note   why there is no funnel, or null when there is one
 */
public record JourneyFunnel(StageMapping funnel, String note) {

    /**
     * The funnel of a journey against a log's activities.
     *
     * @param stepNamesByStage stage names in journey order, each with its steps' names
     * @param activityNames    the distinct activities of the log
     */
    public static JourneyFunnel of(Map<String, List<String>> stepNamesByStage, String[] activityNames) {
        if (stepNamesByStage.values().stream().allMatch(List::isEmpty)) {
            return new JourneyFunnel(
                    null,
                    "this journey has no steps yet, so there is no funnel; "
                            + "name steps after activities of the log to see one");
        }
        StageMapping funnel = StageMapping.ofJourneyStages(stepNamesByStage);
        StageDefinition first = funnel.stages().get(0);
        if (Arrays.stream(activityNames).noneMatch(first::matches)) {
            return new JourneyFunnel(
                    null,
                    "no case reached the first stage (\"" + first.name() + "\"): "
                            + "name the journey's steps after activities of the log (patterns such as A_* work) "
                            + "to see the funnel");
        }
        return new JourneyFunnel(funnel, null);
    }

    /** The funnel, when the journey gives one for this log. */
    public Optional<StageMapping> stages() {
        return Optional.ofNullable(funnel);
    }
}
