package io.journeyboard.model.validation;

import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyLink;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.workspace.WorkspaceLimits;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks one journey against the personas, evidence and journeys of its workspace. */
final class JourneyValidator {

    private final ValidationProblems problems;
    private final Set<String> personaIds;
    private final Set<String> evidenceIds;
    private final Set<String> journeyIds;

    JourneyValidator(
            ValidationProblems problems, Set<String> personaIds, Set<String> evidenceIds, Set<String> journeyIds) {
        this.problems = problems;
        this.personaIds = personaIds;
        this.evidenceIds = evidenceIds;
        this.journeyIds = journeyIds;
    }

    void validate(Journey journey, String path) {
        problems.notBlank(journey.name(), path + ".name");
        problems.maxLength(journey.description(), path + ".description");
        problems.maxLength(journey.goal(), path + ".goal");
        problems.required(journey.state(), path + ".state");
        problems.references(journey.personaIds(), personaIds, path + ".personaIds", "persona");
        int personaCount = journey.personaIds().size();
        problems.check(
                personaCount <= WorkspaceLimits.PERSONAS_PER_JOURNEY,
                path + ".personaIds",
                "names " + personaCount + " personas; a journey may have at most "
                        + WorkspaceLimits.PERSONAS_PER_JOURNEY);
        validateLinks(journey, path);

        // Ids are unique across all parts of one journey, so a reference can never be ambiguous.
        Set<String> ids = ValidationProblems.newIdSet();
        Set<String> stepIds = validateStages(journey, path, ids);
        Map<String, LaneKind> lanes = validateLanes(journey.lanes(), path, ids);
        Set<String> journeyPersonas = new HashSet<>(journey.personaIds());
        new CardValidator(problems, lanes, stepIds, journeyPersonas, evidenceIds).validate(journey.cards(), path, ids);
        validateEmotions(journey.emotions(), path, stepIds, journeyPersonas);
        Set<String> painPoints = new HashSet<>();
        journey.cardsOf(LaneKind.PAIN_POINTS).forEach(card -> painPoints.add(card.id()));
        new OpportunityValidator(problems, stepIds, painPoints).validate(journey.opportunities(), path, ids);
    }

    private void validateLinks(Journey journey, String path) {
        for (int i = 0; i < journey.links().size(); i++) {
            JourneyLink link = journey.links().get(i);
            String linkPath = path + ".links[" + i + "]";
            problems.reference(link.journeyId(), journeyIds, linkPath + ".journeyId", "journey");
            problems.check(
                    link.journeyId() == null || !link.journeyId().equals(journey.id()),
                    linkPath + ".journeyId",
                    "a journey cannot link to itself");
            problems.required(link.kind(), linkPath + ".kind");
        }
    }

    private Set<String> validateStages(Journey journey, String path, Set<String> ids) {
        Set<String> stepIds = new HashSet<>();
        List<Stage> stages = journey.stages();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            String stagePath = path + ".stages[" + s + "]";
            problems.id(stage.id(), stagePath + ".id", ids);
            problems.notBlank(stage.name(), stagePath + ".name");
            problems.maxLength(stage.description(), stagePath + ".description");
            for (int t = 0; t < stage.steps().size(); t++) {
                Step step = stage.steps().get(t);
                String stepPath = stagePath + ".steps[" + t + "]";
                problems.id(step.id(), stepPath + ".id", ids);
                stepIds.add(step.id());
                problems.notBlank(step.name(), stepPath + ".name");
                problems.maxLength(step.description(), stepPath + ".description");
                BindingRules.check(step.binding(), stepPath + ".binding", problems);
                if (step.subJourneyId() != null) {
                    problems.reference(step.subJourneyId(), journeyIds, stepPath + ".subJourneyId", "journey");
                    problems.check(
                            !step.subJourneyId().equals(journey.id()),
                            stepPath + ".subJourneyId",
                            "a step cannot open the journey it belongs to");
                }
            }
        }
        return stepIds;
    }

    private Map<String, LaneKind> validateLanes(List<Lane> lanes, String path, Set<String> ids) {
        Map<String, LaneKind> kinds = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            String lanePath = path + ".lanes[" + i + "]";
            problems.id(lane.id(), lanePath + ".id", ids);
            problems.required(lane.kind(), lanePath + ".kind");
            problems.notBlank(lane.title(), lanePath + ".title");
            if (lane.id() != null && lane.kind() != null) {
                kinds.put(lane.id(), lane.kind());
            }
        }
        return kinds;
    }

    private void validateEmotions(
            List<EmotionPoint> emotions, String path, Set<String> stepIds, Set<String> journeyPersonas) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < emotions.size(); i++) {
            EmotionPoint point = emotions.get(i);
            String pointPath = path + ".emotions[" + i + "]";
            problems.reference(
                    point.personaId(), journeyPersonas, pointPath + ".personaId", "persona (of this journey)");
            problems.reference(point.stepId(), stepIds, pointPath + ".stepId", "step");
            problems.check(
                    point.score() >= EmotionPoint.MIN && point.score() <= EmotionPoint.MAX,
                    pointPath + ".score",
                    "is " + point.score() + "; an emotion score runs from " + EmotionPoint.MIN + " to "
                            + EmotionPoint.MAX);
            problems.check(
                    seen.add(point.personaId() + "\u0000" + point.stepId()),
                    pointPath,
                    "persona '" + point.personaId() + "' already has an emotion at step '" + point.stepId() + "'");
            problems.maxLength(point.note(), pointPath + ".note");
        }
    }
}
