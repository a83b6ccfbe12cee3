package io.journeyboard.server.insight;

import io.journeyboard.insights.feedback.ColumnMapping;
import io.journeyboard.insights.feedback.FeedbackField;
import io.journeyboard.insights.feedback.FeedbackImport;
import io.journeyboard.insights.feedback.FeedbackImportException;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.feedback.ImportProblem;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Upload;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded feedback file, read into items: the request body is the file, {@code file=NAME} names
 * it (its extension picks the reader) and the other query parameters map columns ({@code text=comment}).
 * Every problem is answered as a 400 that names the line and column.
 */
record FeedbackUpload(String fileName, List<FeedbackItem> items) {

    private static final List<String> EXTENSIONS = List.of("csv", "tsv", "tab", "xlsx", "txt", "md");

    static FeedbackUpload read(Context ctx, Bodies bodies) {
        try (Upload upload = Upload.save(ctx, bodies, EXTENSIONS, false, "survey.csv")) {
            List<FeedbackItem> items;
            try {
                items = new FeedbackImport().read(upload.path(), mapping(ctx));
            } catch (FeedbackImportException e) {
                throw unreadable(e.problems(), upload.fileName());
            }
            if (items.isEmpty()) {
                throw invalid("(body)", "the upload holds no feedback items");
            }
            // quotes and evidence name the file as its user knows it, not the temporary copy
            return new FeedbackUpload(upload.fileName(),
                    items.stream().map(item -> item.withLocation(upload.asNamed(item.location()))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ColumnMapping mapping(Context ctx) {
        ColumnMapping mapping = ColumnMapping.defaults();
        for (FeedbackField field : FeedbackField.values()) {
            String header = ctx.queryParam(field.name().toLowerCase(Locale.ROOT));
            if (header != null && !header.isBlank()) {
                mapping = mapping.with(field, header);
            }
        }
        return mapping;
    }

    /** Every problem by line and column; the detail names the upload as its user knows it. */
    private static ApiException unreadable(List<ImportProblem> problems, String fileName) {
        List<FieldError> errors = problems.stream().map(p -> new FieldError(
                p.line() > 0 ? "line " + p.line() + (p.column() != null ? ", column " + p.column() : "") : "(file)",
                (p.value() != null ? "'" + p.value() + "' " : "") + p.reason() + "; " + p.fix())).toList();
        String detail = fileName + " cannot be imported: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                + "; nothing was changed";
        return new ApiException(400, "Unreadable feedback", detail, Map.of("errors", errors));
    }

    static ApiException invalid(String field, String message) {
        return ApiException.invalid(List.of(new FieldError(field, message)));
    }
}
