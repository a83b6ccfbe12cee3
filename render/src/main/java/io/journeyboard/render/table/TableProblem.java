package io.journeyboard.render.table;

/**
 * One thing wrong in an imported table: where it is, what was wrong and how to fix it.
 *
 * @param where  the file, and sheet for a workbook
 * @param row    1-based row number as a spreadsheet shows it (the header is row 1); 0 for the whole table
 * @param column the column header, or null when the whole row or table is at fault
 * @param value  the offending value, or null
 */
public record TableProblem(String where, long row, String column, String value, String reason, String fix) {

    private static final int SHOWN_VALUE_CHARS = 60;

    /** One line for a terminal: {@code where, row N, column 'c' "value": reason; fix}. */
    public String describe() {
        StringBuilder text = new StringBuilder(where);
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (column != null) {
            text.append(", column '").append(column).append('\'');
        }
        text.append(": ");
        if (value != null) {
            String oneLine = value.replaceAll("\\s+", " ");
            text.append('"').append(oneLine.length() <= SHOWN_VALUE_CHARS ? oneLine : oneLine.substring(0, SHOWN_VALUE_CHARS) + "…").append("\" ");
        }
        return text.append(reason).append("; ").append(fix).toString();
    }
}
