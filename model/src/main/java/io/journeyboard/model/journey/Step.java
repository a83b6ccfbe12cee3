package io.journeyboard.model.journey;

import io.journeyboard.model.binding.StepBinding;

/**
 * One column of a map, inside a stage.
 *
 * @param subJourneyId the journey this step opens when it is detailed further, or null
 * @param binding      the event data this step stands for, or null when it is not bound (format version 2)
 */
public record Step(String id, String name, String description, String subJourneyId, StepBinding binding) {

    /** A step bound to no data. */
    public Step(String id, String name, String description, String subJourneyId) {
        this(id, name, description, subJourneyId, null);
    }

    public Step withBinding(StepBinding newBinding) {
        return new Step(id, name, description, subJourneyId, newBinding);
    }
}
