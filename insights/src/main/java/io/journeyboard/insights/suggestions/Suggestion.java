package io.journeyboard.insights.suggestions;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.placement.Placement;
import io.journeyboard.model.journey.Severity;
import java.util.List;

/**
 * A pain point or moment of delight proposed for the map from the negative or positive items of
 * one theme of feedback, with the evidence it stands on.
 *
 * @param id            stable for the same input: {@code pain-t3}, {@code delight-t1}
 * @param title         the card text: the three most distinctive words of those items (see {@link SuggestionFinder})
 * @param placement     where on the map it goes (its theme's placement), or null when the theme could not be placed
 * @param evidenceCount how many feedback items it stands on: the theme's negative items for a pain
 *                      point, its positive items for a delight
 * @param sentiment     the mean sentiment of those items, −1 … 1
 * @param severity      for pain points, how much it hurts (see {@link SuggestionFinder}); null for delights
 * @param quotes        the most typical of those items, quoted as evidence
 * @param itemIds       all of those items
 */
public record Suggestion(
        String id,
        SuggestionKind kind,
        String themeId,
        String title,
        Placement placement,
        int evidenceCount,
        double sentiment,
        Severity severity,
        List<FeedbackItem> quotes,
        List<String> itemIds) {

    public Suggestion {
        quotes = List.copyOf(quotes);
        itemIds = List.copyOf(itemIds);
    }

    /** Whether it can be accepted onto a map: it has a step to sit on. */
    public boolean placed() {
        return placement != null && placement.stepId() != null;
    }
}
