package io.journeyboard.model.journey;

/** Whether a map shows the journey as customers live it today or as it is meant to become. */
public enum JourneyState {
    CURRENT,
    FUTURE
}
