package io.journeyboard.insights.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which header names hold which feedback fields. A field mapped explicitly must exist in the file;
 * a field left at its default name ({@code text}, {@code id}, {@code date}, …) is used only when the
 * file has such a column (header names compare case-insensitively, surrounding spaces ignored).
 */
public record FeedbackColumnMapping(Map<FeedbackField, String> explicit) {

    public FeedbackColumnMapping {
        explicit = Map.copyOf(explicit);
    }

    /** No explicit columns: every field is looked up by its default name. */
    public static FeedbackColumnMapping defaults() {
        return new FeedbackColumnMapping(Map.of());
    }

    /** This mapping with {@code field} read from the column named {@code header}; a null header changes nothing. */
    public FeedbackColumnMapping with(FeedbackField field, String header) {
        if (header == null) {
            return this;
        }
        Map<FeedbackField, String> copy = new LinkedHashMap<>(explicit);
        copy.put(field, Objects.requireNonNull(header).strip());
        return new FeedbackColumnMapping(copy);
    }

    /** The header name to look for: the explicit one, or the field's default name. */
    public String headerFor(FeedbackField field) {
        return explicit.getOrDefault(field, field.defaultHeader());
    }

    public boolean isExplicit(FeedbackField field) {
        return explicit.containsKey(field);
    }
}
