package io.journeyboard.model.journey;

/**
 * The kinds of row a journey map holds. Most lanes hold cards; the emotion lane holds
 * {@link EmotionPoint}s and the opportunities lane shows the journey's opportunities, so neither
 * takes cards.
 */
public enum LaneKind {
    ACTIONS,
    THOUGHTS,
    TOUCHPOINTS,
    EMOTION,
    PAIN_POINTS,
    DELIGHTS,
    MOMENTS_OF_TRUTH,
    OPPORTUNITIES,
    FRONTSTAGE,
    BACKSTAGE,
    SYSTEMS,
    OWNERS,
    KPIS,
    EVIDENCE,
    NOTES;

    /** Whether cards may be placed in a lane of this kind. */
    public boolean holdsCards() {
        return this != EMOTION && this != OPPORTUNITIES;
    }
}
