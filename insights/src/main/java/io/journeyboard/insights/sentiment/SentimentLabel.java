package io.journeyboard.insights.sentiment;

import java.util.Locale;

/** The polarity of a sentiment score. */
public enum SentimentLabel {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    /** Scores within ±0.05 of zero are neutral: the text leans neither way enough to say. */
    public static final double NEUTRAL_BAND = 0.05;

    public static SentimentLabel of(double score) {
        if (score > NEUTRAL_BAND) {
            return POSITIVE;
        }
        return score < -NEUTRAL_BAND ? NEGATIVE : NEUTRAL;
    }

    /** The lower-case name used in JSON and text output. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
