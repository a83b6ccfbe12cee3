package io.journeyboard.model.journey;

import io.journeyboard.model.Lists;
import io.journeyboard.model.opportunity.Opportunity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One journey map: the path of one or more personas toward a goal, as stages and steps (columns)
 * crossed with lanes (rows), holding cards, emotion points and opportunities.
 *
 * @param personaIds the personas whose journey this is
 * @param links      other journeys this one leads to or is compared with
 */
public record Journey(
        String id,
        String name,
        String description,
        String goal,
        JourneyState state,
        List<String> personaIds,
        List<JourneyLink> links,
        List<Stage> stages,
        List<Lane> lanes,
        List<Card> cards,
        List<EmotionPoint> emotions,
        List<Opportunity> opportunities) {

    public Journey {
        personaIds = Lists.immutable(personaIds);
        links = Lists.immutable(links);
        stages = Lists.immutable(stages);
        lanes = Lists.immutable(lanes);
        cards = Lists.immutable(cards);
        emotions = Lists.immutable(emotions);
        opportunities = Lists.immutable(opportunities);
    }

    /** Stage names in journey order, each with its steps' names: what an event log's activities are matched against. */
    public Map<String, List<String>> stepNamesByStage() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Stage stage : stages) {
            names.put(stage.name(), stage.steps().stream().map(Step::name).toList());
        }
        return names;
    }

    /**
     * The one rule for what a journey's stages stand for in an event log: stage names in journey order,
     * each with the activities (names or patterns) of its bound steps. A journey without any bound step
     * falls back to its steps' names, as files of format version 1 were analysed.
     */
    public Map<String, List<String>> activitiesByStage() {
        if (steps().noneMatch(step -> step.binding() != null)) {
            return stepNamesByStage();
        }
        Map<String, List<String>> activities = new LinkedHashMap<>();
        for (Stage stage : stages) {
            activities.put(
                    stage.name(),
                    stage.steps().stream()
                            .filter(step -> step.binding() != null)
                            .flatMap(step -> step.binding().activities().stream())
                            .distinct()
                            .toList());
        }
        return activities;
    }

    /** Every step of every stage, left to right. */
    public Stream<Step> steps() {
        return stages.stream().flatMap(stage -> stage.steps().stream());
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(lane -> lane.id().equals(laneId)).findFirst();
    }

    /** The cards of lanes of the given kind, in map order. */
    public Stream<Card> cardsOf(LaneKind kind) {
        return cards.stream()
                .filter(card -> lane(card.laneId()).map(l -> l.kind() == kind).orElse(false));
    }

    /** The same journey under another id and name: a copy, or a rename. */
    public Journey withIdAndName(String newId, String newName) {
        return new Journey(
                newId,
                newName,
                description,
                goal,
                state,
                personaIds,
                links,
                stages,
                lanes,
                cards,
                emotions,
                opportunities);
    }

    public Journey withStages(List<Stage> newStages) {
        return new Journey(
                id,
                name,
                description,
                goal,
                state,
                personaIds,
                links,
                newStages,
                lanes,
                cards,
                emotions,
                opportunities);
    }

    public Journey withLanes(List<Lane> newLanes) {
        return new Journey(
                id,
                name,
                description,
                goal,
                state,
                personaIds,
                links,
                stages,
                newLanes,
                cards,
                emotions,
                opportunities);
    }

    public Journey withCards(List<Card> newCards) {
        return new Journey(
                id,
                name,
                description,
                goal,
                state,
                personaIds,
                links,
                stages,
                lanes,
                newCards,
                emotions,
                opportunities);
    }

    public Journey withEmotions(List<EmotionPoint> newEmotions) {
        return new Journey(
                id,
                name,
                description,
                goal,
                state,
                personaIds,
                links,
                stages,
                lanes,
                cards,
                newEmotions,
                opportunities);
    }

    public Journey withOpportunities(List<Opportunity> newOpportunities) {
        return new Journey(
                id,
                name,
                description,
                goal,
                state,
                personaIds,
                links,
                stages,
                lanes,
                cards,
                emotions,
                newOpportunities);
    }
}
