package io.journeyboard.server.insight;

import io.javalin.http.Context;
import io.journeyboard.insights.feedback.FeedbackColumnMapping;
import io.journeyboard.insights.feedback.FeedbackField;
import io.journeyboard.insights.feedback.FeedbackImport;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An uploaded feedback file, read into items: the request body is the file, {@code file=NAME} names
 * it (its extension picks the reader) and the other query parameters map columns ({@code text=comment}).
 * A bad file is a {@code BadInputException}, answered by {@code Problems} as a 400 that names the line and column.
 */
record FeedbackUpload(String fileName, List<FeedbackItem> items) {

    private static final List<String> EXTENSIONS = List.of("csv", "tsv", "tab", "xlsx", "txt", "md");

    static FeedbackUpload read(Context ctx, Bodies bodies) {
        try (Upload upload = Upload.save(ctx, bodies, EXTENSIONS, false, "survey.csv")) {
            // quotes, evidence and problems name the file as its user knows it, not the temporary copy
            List<FeedbackItem> items = new FeedbackImport().read(upload.path(), upload.fileName(), mapping(ctx));
            if (items.isEmpty()) {
                throw invalid("(body)", "the upload holds no feedback items");
            }
            return new FeedbackUpload(upload.fileName(), items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FeedbackColumnMapping mapping(Context ctx) {
        FeedbackColumnMapping mapping = FeedbackColumnMapping.defaults();
        for (FeedbackField field : FeedbackField.values()) {
            String header = ctx.queryParam(field.setting().name());
            if (header != null && !header.isBlank()) {
                mapping = mapping.with(field, header);
            }
        }
        return mapping;
    }

    static ApiException invalid(String field, String message) {
        return ApiException.invalid(List.of(new FieldError(field, message)));
    }
}
