package io.journeyboard.model.journey;

import io.journeyboard.model.Lists;
import java.util.List;

/** A phase of the journey (awareness, purchase, onboarding...), holding its steps in order. */
public record Stage(String id, String name, String description, List<Step> steps) {

    public Stage {
        steps = Lists.immutable(steps);
    }
}
