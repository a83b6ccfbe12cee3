package io.journeyboard.problems;

import java.util.Objects;

/**
 * One thing wrong in an input: where it is, what was wrong and how to fix it.
 *
 * @param source  the input's name as its user knows it (a file name, an upload's name, "a.xlsx (sheet B)")
 * @param line    the 1-based line (text) or row (spreadsheet); 0 when the problem concerns the whole input
 * @param column  the column, field or attribute at fault, or {@code null} for a whole row or input
 * @param value   the offending value (shown shortened), or {@code null}
 * @param reason  why it was refused, e.g. {@code is not a date}
 * @param fix     what to do about it, e.g. {@code write dates as YYYY-MM-DD}
 * @param setting the setting that the fix names ({@code fix} is then read as "fix with setting"), or {@code null}
 */
public record InputProblem(
        String source, long line, String column, String value, String reason, String fix, Setting setting) {

    private static final int SHOWN_VALUE_CHARS = 60;

    public InputProblem {
        Objects.requireNonNull(source);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(fix);
    }

    /** A problem whose fix needs no setting. */
    public InputProblem(String source, long line, String column, String value, String reason, String fix) {
        this(source, line, column, value, reason, fix, null);
    }

    /** A problem with the whole input, not one place in it. */
    public static InputProblem ofWhole(String source, String reason, String fix) {
        return new InputProblem(source, 0, null, null, reason, fix);
    }

    /** {@code source:line} or {@code source}: the place a user opens. */
    public String where() {
        return line > 0 ? source + ":" + line : source;
    }

    /** The problem without its place: {@code column 'c' "value" reason; fix with setting}. */
    public String what(Setting.Wording wording) {
        StringBuilder text = new StringBuilder();
        if (column != null) {
            text.append("column '").append(column).append("' ");
        }
        if (value != null) {
            text.append('"').append(shorten(value)).append("\" ");
        }
        text.append(reason).append("; ").append(fix);
        if (setting != null) {
            text.append(" with ").append(wording.of(setting));
        }
        return text.toString();
    }

    /** One line for a person: {@code source:line: column 'c' "value" reason; fix}. */
    public String describe(Setting.Wording wording) {
        return where() + ": " + what(wording);
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_VALUE_CHARS ? oneLine : oneLine.substring(0, SHOWN_VALUE_CHARS) + "…";
    }
}
