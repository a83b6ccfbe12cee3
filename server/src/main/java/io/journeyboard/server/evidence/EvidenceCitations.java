package io.journeyboard.server.evidence;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.Step;
import io.journeyboard.server.journey.JourneyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Which cards of a workspace's live journeys cite each evidence record, read from the journeys as they are now. */
public final class EvidenceCitations {

    /** One card citing a record, with what a reader needs to recognise and open it. */
    public record Citation(
            String journeyId, String journeyName, String cardId, String cardText, String lane, String step) {}

    private final JourneyStore journeys;

    public EvidenceCitations(JourneyStore journeys) {
        this.journeys = journeys;
    }

    /** The citations of every cited record, by evidence id, in journey and card order. */
    public Map<String, List<Citation>> byEvidence(String workspaceId) {
        return journeys.jdbi().withHandle(handle -> byEvidence(handle, workspaceId));
    }

    /** The same, read in the caller's transaction. */
    public Map<String, List<Citation>> byEvidence(Handle handle, String workspaceId) {
        List<Journey> live = journeys.liveJourneys(handle, workspaceId);
        Map<String, List<Citation>> cited = new HashMap<>();
        for (Journey journey : live) {
            for (Card card : journey.cards()) {
                for (String evidenceId : card.evidenceIds()) {
                    cited.computeIfAbsent(evidenceId, id -> new ArrayList<>()).add(citation(journey, card));
                }
            }
        }
        return cited;
    }

    private static Citation citation(Journey journey, Card card) {
        String lane = journey.lane(card.laneId()).map(Lane::title).orElse(card.laneId());
        String step = journey.steps()
                .filter(s -> s.id().equals(card.stepId()))
                .map(Step::name)
                .findFirst()
                .orElse(card.stepId());
        return new Citation(journey.id(), journey.name(), card.id(), card.text(), lane, step);
    }
}
