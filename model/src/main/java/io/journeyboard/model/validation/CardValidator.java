package io.journeyboard.model.validation;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.LaneKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the cards of one journey: where they sit, and that lane-specific fields match their lane. */
final class CardValidator {

    private final ValidationProblems problems;
    private final Map<String, LaneKind> lanes;
    private final Set<String> stepIds;
    private final Set<String> personaIds;
    private final Set<String> evidenceIds;

    CardValidator(
            ValidationProblems problems,
            Map<String, LaneKind> lanes,
            Set<String> stepIds,
            Set<String> personaIds,
            Set<String> evidenceIds) {
        this.problems = problems;
        this.lanes = lanes;
        this.stepIds = stepIds;
        this.personaIds = personaIds;
        this.evidenceIds = evidenceIds;
    }

    void validate(List<Card> cards, String journeyPath, Set<String> ids) {
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            String path = journeyPath + ".cards[" + i + "]";
            problems.id(card.id(), path + ".id", ids);
            problems.reference(card.laneId(), lanes.keySet(), path + ".laneId", "lane");
            problems.reference(card.stepId(), stepIds, path + ".stepId", "step");
            problems.notBlank(card.text(), path + ".text");
            problems.maxLength(card.details(), path + ".details");
            problems.references(card.personaIds(), personaIds, path + ".personaIds", "persona (of this journey)");
            problems.references(card.evidenceIds(), evidenceIds, path + ".evidenceIds", "evidence");
            LaneKind kind = lanes.get(card.laneId());
            if (kind != null) {
                validateLaneFields(card, kind, path);
            }
        }
    }

    private void validateLaneFields(Card card, LaneKind kind, String path) {
        if (!kind.holdsCards()) {
            problems.add(
                    path + ".laneId",
                    "lane '" + card.laneId() + "' is a " + name(kind) + " lane, which holds no cards; "
                            + (kind == LaneKind.EMOTION ? "use emotions" : "use opportunities") + " instead");
            return;
        }
        fieldOnlyOn(card.channel(), kind, LaneKind.TOUCHPOINTS, path + ".channel");
        fieldOnlyOn(card.severity(), kind, LaneKind.PAIN_POINTS, path + ".severity");
        fieldOnlyOn(card.metric(), kind, LaneKind.KPIS, path + ".metric");
        if (card.metric() != null) {
            problems.notBlank(card.metric().name(), path + ".metric.name");
            finite(card.metric().value(), path + ".metric.value");
            finite(card.metric().target(), path + ".metric.target");
        }
    }

    /** {@code value} is required on lanes of {@code owner} kind and forbidden on every other kind. */
    private void fieldOnlyOn(Object value, LaneKind kind, LaneKind owner, String path) {
        if (kind == owner && value == null) {
            problems.add(path, "is required on a card in a " + name(owner) + " lane");
        } else if (kind != owner && value != null) {
            problems.add(path, "belongs only on cards in a " + name(owner) + " lane, not in a " + name(kind) + " lane");
        }
    }

    private void finite(Double value, String path) {
        problems.check(value == null || Double.isFinite(value), path, "must be a finite number");
    }

    private static String name(LaneKind kind) {
        return kind.name().toLowerCase().replace('_', ' ');
    }
}
