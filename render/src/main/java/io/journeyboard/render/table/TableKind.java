package io.journeyboard.render.table;

/** The two tables of a journey: its cards, and its opportunities with their scores. */
public enum TableKind {
    CARDS,
    OPPORTUNITIES
}
