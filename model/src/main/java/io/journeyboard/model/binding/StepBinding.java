package io.journeyboard.model.binding;

import io.journeyboard.model.Lists;
import java.util.List;

/**
 * What a step stands for in event data: the activities that reach it (exact names, or patterns where
 * {@code *} is any text and {@code ?} one character), optionally only the events whose attribute has
 * a value ({@code channel = app}). A stage is reached when any of its steps is.
 *
 * @param activities the activity names or patterns, at least one
 * @param where      the attribute the events must have, or null for every event of those activities
 */
public record StepBinding(List<String> activities, AttributeFilter where) {

    public StepBinding {
        activities = Lists.immutable(activities);
    }

    /** A binding to these activities, not narrowed. */
    public static StepBinding to(String... activities) {
        return new StepBinding(List.of(activities), null);
    }
}
