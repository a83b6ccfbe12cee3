package io.journeyboard.model.journey;

/**
 * A reference from one journey to another: the journey that continues this one, an alternative
 * path, or the future-state version of a current-state map.
 */
public record JourneyLink(String journeyId, LinkKind kind, String note) {

    /** How the linked journey relates to this one. */
    public enum LinkKind {
        CONTINUES_IN,
        ALTERNATIVE,
        FUTURE_STATE_OF,
        RELATED
    }
}
