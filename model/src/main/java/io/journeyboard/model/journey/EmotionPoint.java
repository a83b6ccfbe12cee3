package io.journeyboard.model.journey;

/**
 * How one persona feels at one step, the points of the emotion curve.
 *
 * @param score from {@link #MIN} (very negative) through 0 (neutral) to {@link #MAX} (very positive)
 * @param note  why the persona feels this way, when known
 */
public record EmotionPoint(String personaId, String stepId, int score, String note) {

    public static final int MIN = -2;
    public static final int MAX = 2;
}
