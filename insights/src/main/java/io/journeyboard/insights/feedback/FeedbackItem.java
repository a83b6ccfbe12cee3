package io.journeyboard.insights.feedback;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a customer said: a survey answer, a review, a ticket, or a sentence of an interview.
 * Only {@code id}, {@code text} and {@code location} are always present; the other fields are
 * {@code null} when the source had no such column or the cell was empty.
 *
 * @param location where the item came from, as {@code file:line} (or {@code file:sheet!row}), so
 *                 every quote on the map can be traced back to its row
 */
public record FeedbackItem(
        String id,
        String text,
        LocalDate date,
        Double rating,
        String channel,
        String stage,
        String customer,
        String source,
        String location) {

    public FeedbackItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }

    /** An item with only an id and a text, for callers that have no metadata. */
    public static FeedbackItem of(String id, String text) {
        return new FeedbackItem(id, text, null, null, null, null, null, null, id);
    }
}
