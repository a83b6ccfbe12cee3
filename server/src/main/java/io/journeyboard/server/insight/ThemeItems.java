package io.journeyboard.server.insight;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.server.evidence.EvidenceItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every feedback item a suggestion stands on, as the evidence items kept behind its card's theme record:
 * its representative quotes first (what a reader should see first), then the others in file order.
 */
final class ThemeItems {

    private final Map<String, FeedbackItem> byId;

    ThemeItems(List<FeedbackItem> items) {
        this.byId = items.stream().collect(Collectors.toMap(FeedbackItem::id, Function.identity(), (a, b) -> a));
    }

    List<EvidenceItem> of(Suggestion suggestion) {
        List<EvidenceItem> items = new ArrayList<>();
        Set<String> quoted = new HashSet<>();
        for (FeedbackItem quote : suggestion.quotes()) {
            quoted.add(quote.id());
            items.add(item(quote, true));
        }
        for (String id : suggestion.itemIds()) {
            FeedbackItem item = byId.get(id);
            if (item != null && !quoted.contains(id)) {
                items.add(item(item, false));
            }
        }
        return items;
    }

    private static EvidenceItem item(FeedbackItem item, boolean representative) {
        return new EvidenceItem(
                item.id(),
                item.location(),
                item.text(),
                item.date() == null ? null : item.date().toString(),
                representative);
    }
}
