package io.journeyboard.server.measure;

import io.journeyboard.analytics.lane.LaneStep;
import io.journeyboard.model.binding.AttributeFilter;
import io.journeyboard.model.binding.BoundStep;

/** A bound step of a journey as the measured lane takes it. */
final class LaneSteps {

    private LaneSteps() {}

    static LaneStep of(BoundStep bound) {
        AttributeFilter where = bound.binding().where();
        return new LaneStep(
                bound.step().id(),
                bound.step().name(),
                bound.stage(),
                bound.binding().activities(),
                where == null ? null : where.attribute(),
                where == null ? null : where.equals());
    }
}
