package io.journeyboard.insights.sentiment;

/**
 * The sentiment of one text.
 *
 * @param score from −1 (very negative) to 1 (very positive)
 */
public record SentimentScore(double score, SentimentLabel label) {

    public SentimentScore {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("sentiment score must be within [-1, 1], got " + score);
        }
    }

    public static SentimentScore of(double score) {
        double clamped = Math.max(-1, Math.min(1, score));
        return new SentimentScore(clamped, SentimentLabel.of(clamped));
    }
}
