package io.journeyboard.insights.sentiment;

/**
 * The sentiment of one text.
 *
 * @param score from −1 (very negative) to 1 (very positive)
 * @param label the class of the text; for the model the likeliest one, which a score near 0 does not decide
 */
public record SentimentScore(double score, SentimentLabel label) {

    /** A delight needs items at least this positive: a mild or mixed item is no evidence of delight. */
    public static final double CLEARLY_POSITIVE = 0.4;
    /** A pain point takes items at least this negative. */
    public static final double CLEARLY_NEGATIVE = -0.2;

    public SentimentScore {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("sentiment score must be within [-1, 1], got " + score);
        }
    }

    /** A score whose label follows from its value (see {@link SentimentLabel#of}). */
    public static SentimentScore of(double score) {
        double clamped = clamp(score);
        return new SentimentScore(clamped, SentimentLabel.of(clamped));
    }

    public static SentimentScore of(double score, SentimentLabel label) {
        return new SentimentScore(clamp(score), label);
    }

    /** Labelled positive and scored at least {@link #CLEARLY_POSITIVE}. */
    public boolean clearlyPositive() {
        return label == SentimentLabel.POSITIVE && score >= CLEARLY_POSITIVE;
    }

    /** Labelled negative and scored at most {@link #CLEARLY_NEGATIVE}. */
    public boolean clearlyNegative() {
        return label == SentimentLabel.NEGATIVE && score <= CLEARLY_NEGATIVE;
    }

    private static double clamp(double score) {
        return Math.max(-1, Math.min(1, score));
    }
}
