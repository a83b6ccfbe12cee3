package io.journeyboard.analytics.funnel;

/**
 * How stages must follow each other in a case: {@code ORDERED} — each stage some time after the
 * previous one; {@code STRICT} — the very next event; {@code ANY} — all of the stages so far, in any order.
 */
public enum OrderMode {
    ORDERED,
    STRICT,
    ANY
}
