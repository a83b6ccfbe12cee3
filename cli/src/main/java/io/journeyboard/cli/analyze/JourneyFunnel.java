package io.journeyboard.cli.analyze;

import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * A journey map's stages as a funnel: each stage is marked by activities named like its steps (a
 * step name may be a pattern such as {@code O_*}). Stages without steps mark nothing and are left
 * out, so a half-drawn map still gives a funnel of what it has.
 */
final class JourneyFunnel {

    private JourneyFunnel() {
    }

    static StageMapping of(Workspace workspace, String journeyId) {
        Journey journey = journeyId == null
                ? workspace.journeys().stream().findFirst().orElseThrow(() -> new IllegalArgumentException("the map has no journey"))
                : workspace.journey(journeyId).orElseThrow(() -> new IllegalArgumentException("the map has no journey '" + journeyId + "'"));
        List<StageDefinition> stages = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            if (!stage.steps().isEmpty()) {
                stages.add(new StageDefinition(stage.name(), stage.steps().stream().map(Step::name).toList(), false));
            }
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("journey '" + journey.id() + "' has no steps to match activities against");
        }
        return new StageMapping(stages, OrderMode.ORDERED, 0);
    }
}
