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
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String fileName = fileName(ctx);
        Path upload = null;
        try {
            upload = Files.createTempFile("journeyboard-feedback-", "." + extension(fileName));
            Files.write(upload, bodies.bytes(ctx));
            String storedAs = upload.toString();
            // quotes and evidence name the file as its user knows it, not the temporary copy
            List<FeedbackItem> items = new FeedbackImport().read(upload, mapping(ctx)).stream()
                    .map(item -> item.location().startsWith(storedAs)
                            ? item.withLocation(fileName + item.location().substring(storedAs.length())) : item)
                    .toList();
            if (items.isEmpty()) {
                throw invalid("(body)", "the upload holds no feedback items");
            }
            return new FeedbackUpload(fileName, items);
        } catch (FeedbackImportException e) {
            throw unreadable(e.problems(), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(upload);
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

    /** The uploaded file's name, whose extension picks the reader; required, since a body has no name of its own. */
    static String fileName(Context ctx) {
        String name = ctx.queryParam("file");
        if (name == null || name.isBlank()) {
            throw invalid("file", "give the upload's file name, e.g. file=survey.csv; its extension (" + String.join(", ", EXTENSIONS)
                    + ") says how to read it");
        }
        extension(name);
        return name.replaceAll("[^\\w.\\- ]", "_");
    }

    private static String extension(String name) {
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!EXTENSIONS.contains(extension)) {
            throw invalid("file", "'" + name + "' has no extension this import reads; use one of: " + String.join(", ", EXTENSIONS));
        }
        return extension;
    }

    /** Import problems name the temporary file; the user knows the upload by the name they gave. */
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

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
