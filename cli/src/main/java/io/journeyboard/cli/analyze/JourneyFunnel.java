package io.journeyboard.cli.analyze;

import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A journey map's stages as a funnel ({@link StageMapping#ofJourneyStages}): activities named like a stage's steps mark it. */
final class JourneyFunnel {

    private JourneyFunnel() {
    }

    static StageMapping of(Workspace workspace, String journeyId) {
        Journey journey = journeyId == null
                ? workspace.journeys().stream().findFirst().orElseThrow(() -> new IllegalArgumentException("the map has no journey"))
                : workspace.journey(journeyId).orElseThrow(() -> new IllegalArgumentException("the map has no journey '" + journeyId + "'"));
        Map<String, List<String>> steps = new LinkedHashMap<>();
        for (Stage stage : journey.stages()) {
            steps.put(stage.name(), stage.steps().stream().map(Step::name).toList());
        }
        try {
            return StageMapping.ofJourneyStages(steps);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("journey '" + journey.id() + "' has no steps to match activities against", e);
        }
    }
}
