package io.journeyboard.model.opportunity;

/** Where an opportunity stands, from a raw idea to shipped or dropped. */
public enum OpportunityStatus {
    IDEA,
    PLANNED,
    IN_PROGRESS,
    DONE,
    DISCARDED
}
