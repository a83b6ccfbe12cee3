package io.journeyboard.server.insight;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.suggestions.Suggestion;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What accepting an analysis's suggestions needs of it: every suggestion in full (its step, severity, quotes and
 * the ids of all its items) and the feedback items those suggestions stand on. It is kept with the analysis's
 * run, so a run reopened after its job is gone (an hour later, or after a restart) can still be accepted.
 */
record KeptSuggestions(List<Suggestion> suggestions, List<FeedbackItem> items) {

    KeptSuggestions {
        suggestions = List.copyOf(suggestions);
        items = List.copyOf(items);
    }

    /** The suggestions of {@code report} and only the items they cite, not every item of the upload. */
    static KeptSuggestions of(InsightReport report) {
        Set<String> cited = new HashSet<>();
        report.suggestions().forEach(s -> cited.addAll(s.itemIds()));
        List<FeedbackItem> items = report.items().stream()
                .map(AnalysedItem::item)
                .filter(item -> cited.contains(item.id()))
                .toList();
        return new KeptSuggestions(report.suggestions(), items);
    }

    /** The same with a person's changes to some suggestions (400 naming each bad field). */
    KeptSuggestions edited(Map<String, SuggestionEdits.Edit> edits) {
        return new KeptSuggestions(SuggestionEdits.apply(suggestions, edits), items);
    }
}
