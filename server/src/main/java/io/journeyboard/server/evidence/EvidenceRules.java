package io.journeyboard.server.evidence;

import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a record written through the library must be: what the file format asks of every record (the
 * model's validator, so the rule has one home), and a link a browser may open without running anything.
 */
final class EvidenceRules {

    private static final WorkspaceValidator VALIDATOR = new WorkspaceValidator();

    private EvidenceRules() {}

    /** 400 with every problem of {@code record}, paths relative to it ({@code summary}), or nothing. */
    static void check(Evidence record) {
        Workspace alone = new Workspace("library", null, List.of(), List.of(), List.of(record));
        List<FieldError> errors = new ArrayList<>(VALIDATOR.validate(alone).stream()
                .map(p -> new FieldError(p.path().replaceFirst("^evidence\\[0]\\.?", ""), p.message()))
                .toList());
        String url = record.url();
        if (url != null && !url.isBlank()) {
            String lower = url.strip().toLowerCase(Locale.ROOT);
            if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
                errors.add(new FieldError("url", "'" + url + "' is not a web address; write it as https://…"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
