package io.journeyboard.sheets.table;

import java.util.Locale;

/** The two tables of a journey: its cards, and its opportunities with their scores. */
public enum TableKind {
    CARDS,
    OPPORTUNITIES;

    /** The table named {@code name}, case-insensitively: {@code cards} or {@code opportunities}. */
    public static TableKind parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("table '" + name + "' is not known; use cards or opportunities", e);
        }
    }
}
