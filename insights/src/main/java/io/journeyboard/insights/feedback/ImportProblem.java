package io.journeyboard.insights.feedback;

/**
 * One bad row (or file) found while importing feedback: where it is, what was wrong and how to fix it.
 *
 * @param line   1-based line (CSV/TSV/transcript) or row (XLSX) number; 0 when the problem concerns the whole file
 * @param column the column header or field name, or {@code null} when the whole row or file is at fault
 * @param value  the offending value, shortened for display, or {@code null}
 */
public record ImportProblem(String file, long line, String column, String value, String reason, String fix) {

    private static final int SHOWN_VALUE_CHARS = 60;

    /** One line for a terminal: {@code file:line: column "value": reason; fix}. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column '").append(column).append("' ");
        }
        if (value != null) {
            text.append('"').append(shorten(value)).append("\" ");
        }
        return text.append(reason).append("; ").append(fix).toString();
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_VALUE_CHARS ? oneLine : oneLine.substring(0, SHOWN_VALUE_CHARS) + "…";
    }
}
