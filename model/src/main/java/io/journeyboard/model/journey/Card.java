package io.journeyboard.model.journey;

import io.journeyboard.model.Lists;
import java.util.List;

/**
 * One piece of content in a cell of the map: a lane (row) crossed with a step (column).
 *
 * <p>The fields that only some lanes use are null elsewhere: {@code channel} on touchpoints,
 * {@code severity} on pain points, {@code metric} on KPIs. The validator enforces this.
 *
 * @param personaIds  the personas this card is about; empty means all of the journey's personas
 * @param evidenceIds the evidence this card stands on
 */
public record Card(
        String id,
        String laneId,
        String stepId,
        String text,
        String details,
        Channel channel,
        Severity severity,
        Metric metric,
        List<String> personaIds,
        List<String> evidenceIds,
        String imageUrl) {

    public Card {
        personaIds = Lists.immutable(personaIds);
        evidenceIds = Lists.immutable(evidenceIds);
    }

    /** A plain text card, the most common kind. */
    public static Card text(String id, String laneId, String stepId, String text) {
        return new Card(id, laneId, stepId, text, null, null, null, null, List.of(), List.of(), null);
    }

    public Card withText(String newText) {
        return new Card(
                id, laneId, stepId, newText, details, channel, severity, metric, personaIds, evidenceIds, imageUrl);
    }
}
