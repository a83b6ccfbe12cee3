package io.journeyboard.analytics.log;

/**
 * One bad row: where it is ({@code file}, 1-based {@code line}, {@code column} or attribute), the
 * offending {@code value} (shortened), {@code why} it was refused and {@code fix}, how to repair it.
 */
public record RowProblem(String file, long line, String column, String value, String why, String fix) {

    private static final int MAX_VALUE_CHARS = 60;

    public static String shorten(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS) + "…";
    }

    /** One line for a terminal: {@code file:line: column "value": why; fix}. */
    public String describe() {
        return file + ":" + line + ": " + column + " \"" + value + "\": " + why + "; " + fix;
    }
}
