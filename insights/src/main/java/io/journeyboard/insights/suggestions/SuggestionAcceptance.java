package io.journeyboard.insights.suggestions;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.evidence.EvidenceKind;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.validation.Problem;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts accepted suggestions onto a journey map: each becomes a card in the journey's pain points or
 * delights lane (the lane is added when the journey has none) on the suggestion's step, linked to new
 * evidence in the workspace: one record for the theme as a whole and one per quoted item, each
 * naming the file and line it came from. The new cards follow the journey's cards in the order of the
 * suggestions, and each cites its theme record first (a store keeps the theme's items behind it). The
 * workspace given is never changed; the result is validated before it is returned.
 */
public final class SuggestionAcceptance {

    private static final String ID_PREFIX = "insight-";

    /**
     * The workspace with the suggestions on journey {@code journeyId}.
     *
     * @param feedbackSource names the feedback in the evidence, e.g. the file name
     * @throws IllegalArgumentException when the journey does not exist or a suggestion has no step on it
     */
    public Workspace accept(Workspace workspace, String journeyId, List<Suggestion> accepted, String feedbackSource) {
        Journey journey = workspace
                .journey(journeyId)
                .orElseThrow(() -> new IllegalArgumentException("the map has no journey '" + journeyId + "'; it has: "
                        + workspace.journeys().stream().map(Journey::id).collect(Collectors.joining(", "))));
        Set<String> stepIds = journey.steps().map(Step::id).collect(Collectors.toSet());
        for (Suggestion suggestion : accepted) {
            if (!suggestion.placed() || !stepIds.contains(suggestion.placement().stepId())) {
                throw new IllegalArgumentException("suggestion " + suggestion.id() + " (" + suggestion.title()
                        + ") has no step on journey '" + journeyId + "'; analyse the feedback with this map "
                        + "(--map) or give the items a stage column naming one of its stages");
            }
        }
        Set<String> journeyIds = journeyIds(journey);
        Set<String> evidenceIds =
                workspace.evidence().stream().map(Evidence::id).collect(Collectors.toCollection(HashSet::new));
        List<Lane> lanes = new ArrayList<>(journey.lanes());
        List<Card> cards = new ArrayList<>(journey.cards());
        List<Evidence> evidence = new ArrayList<>(workspace.evidence());
        for (Suggestion suggestion : accepted) {
            Lane lane = lanes.stream()
                    .filter(l -> l.kind() == suggestion.kind().lane())
                    .findFirst()
                    .orElseGet(() -> {
                        Lane added = new Lane(
                                unique(
                                        "lane-"
                                                + suggestion
                                                        .kind()
                                                        .lane()
                                                        .name()
                                                        .toLowerCase(Locale.ROOT)
                                                        .replace('_', '-'),
                                        journeyIds),
                                suggestion.kind().lane(),
                                suggestion.kind().laneTitle());
                        lanes.add(added);
                        return added;
                    });
            List<Evidence> cardEvidence = evidenceFor(suggestion, feedbackSource, evidenceIds);
            evidence.addAll(cardEvidence);
            cards.add(new Card(
                    unique(ID_PREFIX + suggestion.id(), journeyIds),
                    lane.id(),
                    suggestion.placement().stepId(),
                    suggestion.title(),
                    details(suggestion),
                    null,
                    suggestion.severity(),
                    null,
                    List.of(),
                    cardEvidence.stream().map(Evidence::id).toList(),
                    null));
        }
        Journey updated = journey.withLanes(lanes).withCards(cards);
        Workspace result = workspace
                .withJourneys(workspace.journeys().stream()
                        .map(j -> j.id().equals(journeyId) ? updated : j)
                        .toList())
                .withEvidence(evidence);
        List<Problem> problems = new WorkspaceValidator().validate(result);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("accepting the suggestions would make the map invalid: " + problems);
        }
        return result;
    }

    private static List<Evidence> evidenceFor(Suggestion suggestion, String feedbackSource, Set<String> evidenceIds) {
        List<Evidence> evidence = new ArrayList<>();
        String base = "ev-" + ID_PREFIX + suggestion.id();
        evidence.add(new Evidence(
                unique(base, evidenceIds),
                EvidenceKind.FEEDBACK,
                feedbackSource,
                String.format(
                        Locale.ROOT,
                        "%d feedback items on \"%s\" (theme %s), mean sentiment %+.2f",
                        suggestion.evidenceCount(),
                        suggestion.title(),
                        suggestion.themeId(),
                        suggestion.sentiment()),
                null,
                null));
        for (int q = 0; q < suggestion.quotes().size(); q++) {
            FeedbackItem item = suggestion.quotes().get(q);
            EvidenceKind kind = "interview".equals(item.channel()) ? EvidenceKind.INTERVIEW : EvidenceKind.FEEDBACK;
            evidence.add(new Evidence(
                    unique(base + "-q" + (q + 1), evidenceIds),
                    kind,
                    item.location() + " (item " + item.id() + ")",
                    shortened(item.text()),
                    null,
                    item.date() == null ? null : item.date().toString()));
        }
        return evidence;
    }

    /** Evidence summaries, like every text of the model, hold at most 10,000 characters. */
    private static String shortened(String text) {
        return text.length() <= 10_000 ? text : text.substring(0, 9_999) + "…";
    }

    private static String details(Suggestion suggestion) {
        StringBuilder details = new StringBuilder(String.format(
                Locale.ROOT,
                "Suggested from feedback: %d items, mean sentiment %+.2f.",
                suggestion.evidenceCount(),
                suggestion.sentiment()));
        suggestion.quotes().forEach(q -> details.append(" \"").append(q.text()).append('"'));
        return details.length() <= 2_000 ? details.toString() : details.substring(0, 1_999) + "…";
    }

    private static Set<String> journeyIds(Journey journey) {
        Set<String> ids = new HashSet<>();
        for (Stage stage : journey.stages()) {
            ids.add(stage.id());
            stage.steps().forEach(step -> ids.add(step.id()));
        }
        journey.lanes().forEach(lane -> ids.add(lane.id()));
        journey.cards().forEach(card -> ids.add(card.id()));
        journey.opportunities().forEach(opportunity -> ids.add(opportunity.id()));
        return ids;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… when taken; the id returned is added to {@code taken}. */
    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
