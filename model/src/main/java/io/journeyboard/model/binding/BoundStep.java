package io.journeyboard.model.binding;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import java.util.ArrayList;
import java.util.List;

/** A step that has a binding, with the name of its stage: what a measured lane measures. */
public record BoundStep(String stage, Step step) {

    /** The journey's bound steps, left to right. */
    public static List<BoundStep> of(Journey journey) {
        List<BoundStep> bound = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                if (step.binding() != null) {
                    bound.add(new BoundStep(stage.name(), step));
                }
            }
        }
        return bound;
    }

    public StepBinding binding() {
        return step.binding();
    }
}
