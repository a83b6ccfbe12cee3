package io.journeyboard.model.mermaid;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.workspace.Workspace;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lists, as warnings, the parts of a workspace that a Mermaid journey diagram cannot hold. */
final class DroppedContent {

    private final Workspace workspace;
    private final Journey journey;

    DroppedContent(Workspace workspace, Journey journey) {
        this.workspace = workspace;
        this.journey = journey;
    }

    void describe(List<String> warnings) {
        Map<String, Integer> cardsByLane = new TreeMap<>();
        for (Card card : journey.cards()) {
            String lane = journey.lane(card.laneId())
                    .map(Lane::kind)
                    .map(DroppedContent::name)
                    .orElse("unknown lane");
            cardsByLane.merge(lane, 1, Integer::sum);
        }
        if (!cardsByLane.isEmpty()) {
            warnings.add("cards dropped (Mermaid has no lanes): " + cardsByLane);
        }
        count(journey.opportunities().size(), "opportunities dropped", warnings);
        count(
                (int) journey.emotions().stream().filter(e -> e.note() != null).count(),
                "emotion notes dropped",
                warnings);
        count(journey.links().size(), "links to other journeys dropped", warnings);
        count(
                (int) journey.steps()
                        .filter(s -> s.description() != null || s.subJourneyId() != null)
                        .count(),
                "step descriptions and sub-journeys dropped",
                warnings);
        count(
                (int) journey.stages().stream()
                        .filter(s -> s.description() != null)
                        .count(),
                "stage descriptions dropped",
                warnings);
        if (journey.description() != null || journey.goal() != null) {
            warnings.add("the journey's description and goal were dropped");
        }
        count(
                workspace.journeys().size() - 1,
                "other journeys of the workspace not exported (one diagram holds one journey)",
                warnings);
        if (workspace.personas().stream()
                .anyMatch(p -> p.segment() != null || !p.goals().isEmpty() || p.quote() != null)) {
            warnings.add("persona details dropped (Mermaid keeps only actor names)");
        }
        count(workspace.evidence().size(), "evidence items dropped", warnings);
    }

    private static void count(int n, String what, List<String> warnings) {
        if (n > 0) {
            warnings.add(what + ": " + n);
        }
    }

    private static String name(LaneKind kind) {
        return kind.name().toLowerCase();
    }
}
