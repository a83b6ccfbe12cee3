package io.journeyboard.analytics.painpoints;

import java.util.Map;

/**
 * A detected pain point: its kind, what it is about ({@code subject}), how many cases it touches,
 * the figures behind it and a sentence saying why it was flagged.
 */
public record PainPoint(Kind kind, String subject, long casesAffected, Map<String, Double> figures, String why) {

    /** Where in the journey customers struggle. */
    public enum Kind {
        DROP_OFF,
        REWORK,
        LONG_WAIT,
        NEGATIVE_SCORE
    }
}
