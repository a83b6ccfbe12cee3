package io.journeyboard.server.insight;

import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.insights.suggestions.SuggestionAcceptance;
import io.journeyboard.insights.suggestions.SuggestionChoice;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.evidence.EvidenceItemStore;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.EvidenceStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Puts accepted suggestions on a journey as cards with their evidence: the evidence rows and the
 * journey's new version in one transaction, or nothing. The workspace's evidence is locked first,
 * so that accepts running at once on other journeys neither choose the same evidence ids nor miss
 * each other's records. Behind each card's theme record go all the feedback items the suggestion stands
 * on, not only the quotes the card shows.
 */
public final class InsightAcceptance {

    private final Jdbi jdbi;
    private final WorkspaceContent content;
    private final EvidenceStore evidence;
    private final EvidenceItemStore items;
    private final JourneyEditor editor;
    private final SuggestionAcceptance acceptance = new SuggestionAcceptance();

    public InsightAcceptance(
            Jdbi jdbi,
            WorkspaceContent content,
            EvidenceStore evidence,
            EvidenceItemStore items,
            JourneyEditor editor) {
        this.jdbi = jdbi;
        this.content = content;
        this.evidence = evidence;
        this.items = items;
        this.editor = editor;
    }

    /**
     * Accepts the suggestions {@code chosen} names (ids, or {@code all}) of an analysis onto the
     * journey, if {@code expectedVersion} is still its current one (else 409).
     *
     * @param fileName the feedback as its user knows it, named in the evidence
     */
    public StoredJourney accept(
            Access.Grant grant,
            String journeyId,
            int expectedVersion,
            KeptSuggestions analysis,
            List<String> chosen,
            String fileName) {
        List<Suggestion> suggestions = choose(analysis.suggestions(), chosen);
        return jdbi.inTransaction(handle -> {
            evidence.lock(handle, grant.workspaceId());
            Journey current =
                    content.live(handle, grant.workspaceId(), journeyId).journey();
            Workspace updated = accepted(handle, grant, current, suggestions, fileName);
            evidence.addMissing(handle, grant.workspaceId(), updated.evidence());
            Journey withCards = updated.journey(journeyId).orElseThrow();
            keepItems(handle, grant.workspaceId(), analysis, suggestions, current, withCards);
            String summary = "accepted insight suggestions from " + fileName;
            return editor.edit(handle, grant, journeyId, expectedVersion, summary, j -> withCards);
        });
    }

    /**
     * The new cards come in the order of the suggestions, each citing its theme record first
     * ({@link SuggestionAcceptance}); every item of the suggestion goes behind that record.
     */
    private void keepItems(
            Handle handle,
            String workspaceId,
            KeptSuggestions analysis,
            List<Suggestion> suggestions,
            Journey before,
            Journey after) {
        Set<String> old = new HashSet<>(before.cards().stream().map(Card::id).toList());
        List<Card> added =
                after.cards().stream().filter(c -> !old.contains(c.id())).toList();
        ThemeItems themeItems = new ThemeItems(analysis.items());
        for (int i = 0; i < added.size() && i < suggestions.size(); i++) {
            String themeRecord = added.get(i).evidenceIds().getFirst();
            items.add(handle, workspaceId, themeRecord, themeItems.of(suggestions.get(i)));
        }
    }

    private static List<Suggestion> choose(List<Suggestion> suggestions, List<String> chosen) {
        try {
            return SuggestionChoice.of(suggestions, chosen);
        } catch (IllegalArgumentException e) {
            throw FeedbackUpload.invalid("accept", e.getMessage());
        }
    }

    private Workspace accepted(
            Handle handle, Access.Grant grant, Journey current, List<Suggestion> suggestions, String fileName) {
        Workspace workspace = content.snapshot(handle, grant.workspaceId(), List.of(current));
        try {
            return acceptance.accept(workspace, current.id(), suggestions, fileName);
        } catch (IllegalArgumentException e) {
            throw FeedbackUpload.invalid("accept", e.getMessage());
        }
    }
}
