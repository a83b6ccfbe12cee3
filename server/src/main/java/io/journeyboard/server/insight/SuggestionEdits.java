package io.journeyboard.server.insight;

import io.journeyboard.insights.placement.Placement;
import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.model.journey.Severity;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person changed in suggestions before accepting them: the card's title, the step it goes on and
 * the pain point's severity. Applied to copies of the suggestions; the step is checked against the journey by
 * the acceptance itself. Every field left out keeps the suggestion's own value.
 */
final class SuggestionEdits {

    /** One suggestion's changes; null fields are unchanged. */
    record Edit(String title, String stepId, String severity) {}

    /** The body of an accept request: edits by suggestion id. */
    record Body(Map<String, Edit> edits) {}

    private static final int MAX_TITLE = 500;

    private SuggestionEdits() {}

    static List<Suggestion> apply(List<Suggestion> suggestions, Map<String, Edit> edits) {
        if (edits == null || edits.isEmpty()) {
            return suggestions;
        }
        Set<String> known = suggestions.stream().map(Suggestion::id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        edits.forEach((id, edit) -> check(id, edit, known, errors));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return suggestions.stream()
                .map(s -> edits.containsKey(s.id()) ? edited(s, edits.get(s.id())) : s)
                .toList();
    }

    private static void check(String id, Edit edit, Set<String> known, List<FieldError> errors) {
        String where = "edits." + id;
        if (!known.contains(id)) {
            errors.add(new FieldError(where, "the analysis has no suggestion '" + id + "'"));
        } else if (edit == null) {
            errors.add(new FieldError(where, "must be an object with title, stepId or severity"));
        } else {
            if (edit.title() != null && (edit.title().isBlank() || edit.title().length() > MAX_TITLE)) {
                errors.add(
                        new FieldError(where + ".title", "must not be blank and at most " + MAX_TITLE + " characters"));
            }
            if (edit.severity() != null && severity(edit.severity()) == null) {
                errors.add(new FieldError(
                        where + ".severity",
                        "must be one of "
                                + Arrays.stream(Severity.values())
                                        .map(s -> s.name().toLowerCase(Locale.ROOT))
                                        .collect(Collectors.joining(", "))));
            }
        }
    }

    private static Suggestion edited(Suggestion s, Edit edit) {
        Placement placement = s.placement();
        if (edit.stepId() != null) {
            placement = placement == null
                    ? new Placement(s.themeId(), null, null, edit.stepId(), null, null, 0)
                    : new Placement(
                            placement.themeId(),
                            placement.stageId(),
                            placement.stageName(),
                            edit.stepId(),
                            placement.touchpointId(),
                            placement.basis(),
                            placement.similarity());
        }
        return new Suggestion(
                s.id(),
                s.kind(),
                s.themeId(),
                edit.title() == null ? s.title() : edit.title().strip(),
                placement,
                s.evidenceCount(),
                s.sentiment(),
                edit.severity() == null ? s.severity() : severity(edit.severity()),
                s.quotes(),
                s.itemIds());
    }

    private static Severity severity(String name) {
        return Arrays.stream(Severity.values())
                .filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElse(null);
    }
}
