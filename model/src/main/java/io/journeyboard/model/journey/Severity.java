package io.journeyboard.model.journey;

/** How much a pain point hurts the customer, from an annoyance to a reason to leave. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
