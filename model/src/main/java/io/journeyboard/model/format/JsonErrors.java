package io.journeyboard.model.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into messages that name the file, line, column and field path, and say how to fix it. */
final class JsonErrors {

    /** How the parser (strict about duplicates) begins its complaint about a key given twice. */
    private static final String DUPLICATE = "Duplicate field ";

    private JsonErrors() {}

    static FormatException describe(IOException error, String source) {
        if (!(error instanceof JsonProcessingException json)) {
            return new FormatException(source, 0, 0, "cannot be read: " + error.getMessage());
        }
        JsonLocation location = json.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new FormatException(source, line, column, detail(json));
    }

    private static String detail(JsonProcessingException error) {
        StreamConstraintsException limit = find(error, StreamConstraintsException.class);
        if (limit != null) {
            return overLimit(limit);
        }
        StreamReadException syntax = find(error, StreamReadException.class);
        if (syntax != null && String.valueOf(syntax.getOriginalMessage()).startsWith(DUPLICATE)) {
            return "the field " + syntax.getOriginalMessage().substring(DUPLICATE.length())
                    + " is given twice in one object; keep one of them";
        }
        if (syntax != null) {
            return "malformed JSON: " + firstClause(syntax.getOriginalMessage());
        }
        if (error instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return path(unknown) + ": unknown field '" + unknown.getPropertyName() + "'; the fields allowed here are: "
                    + known;
        }
        if (error instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase())
                    .collect(Collectors.joining(", "));
            return path(invalid) + ": '" + invalid.getValue() + "' is not allowed here; use one of: " + allowed;
        }
        if (error instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return path(mismatch) + ": expected " + describeType(mismatch.getTargetType()) + " here";
        }
        if (error instanceof ValueInstantiationException made
                && made.getCause() instanceof IllegalArgumentException bad
                && bad.getMessage() != null) {
            return path(made) + ": " + bad.getMessage();
        }
        if (error instanceof JsonMappingException mapping) {
            // Jackson's wording here names Java types and creator properties; the path is what a user can act on
            return path(mapping) + ": cannot be read here; compare it with the format in docs/format.md";
        }
        return "malformed JSON: " + firstClause(error.getOriginalMessage());
    }

    /** The innermost complaint of a kind, even when databind wrapped it. */
    private static <T extends Throwable> T find(Throwable error, Class<T> kind) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    /** A reader's safety limit, said in the file's terms rather than as the limit's Java name. */
    private static String overLimit(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getMessage());
        if (message.contains("nesting depth")) {
            return "the JSON nests lists and objects more than " + WorkspaceJson.MAX_NESTING
                    + " deep, which no Journeyboard file needs; check that this is a Journeyboard file";
        }
        if (message.contains("Number value length")) {
            return "a number has more digits than a Journeyboard file allows; write it with fewer digits";
        }
        if (message.contains("String value length")) {
            return "a text is longer than " + WorkspaceJson.MAX_TEXT_CHARS + " characters; shorten it";
        }
        return "the JSON goes past a safety limit of the reader (size of a name, text or number); "
                + "check that this is a Journeyboard file";
    }

    /** Jackson's messages go on about the parser's internal state; the first clause is what a user needs. */
    private static String firstClause(String message) {
        String first = message.lines().findFirst().orElse("");
        int internal = first.indexOf(" (for ");
        return internal > 0 ? first.substring(0, internal) : first;
    }

    /** The field path in the document's own notation: {@code journeys[0].stages[2].name}. */
    static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(top level)" : path.toString();
    }

    private static String describeType(Class<?> type) {
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...}";
    }
}
