package io.journeyboard.sheets.table;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.Step;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds a journey's lanes and steps by id, or by their title or name as people type them in a spreadsheet. */
final class JourneyRefs {

    private final Journey journey;
    private final List<Step> steps;

    JourneyRefs(Journey journey) {
        this.journey = journey;
        this.steps = journey.steps().toList();
    }

    Optional<String> laneId(String reference) {
        return journey.lane(reference)
                .map(Lane::id)
                .or(() -> unique(journey.lanes().stream()
                        .filter(lane -> same(lane.title(), reference))
                        .map(Lane::id)
                        .toList()));
    }

    Optional<String> stepId(String reference) {
        return steps.stream()
                .filter(step -> step.id().equals(reference))
                .map(Step::id)
                .findFirst()
                .or(() -> unique(steps.stream()
                        .filter(step -> same(step.name(), reference))
                        .map(Step::id)
                        .toList()));
    }

    String laneChoices() {
        return journey.lanes().stream().map(Lane::id).collect(Collectors.joining(", "));
    }

    String stepChoices() {
        return steps.stream().map(Step::id).collect(Collectors.joining(", "));
    }

    private static Optional<String> unique(List<String> ids) {
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }

    private static boolean same(String name, String reference) {
        return name != null
                && name.strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(reference.strip().toLowerCase(Locale.ROOT));
    }
}
