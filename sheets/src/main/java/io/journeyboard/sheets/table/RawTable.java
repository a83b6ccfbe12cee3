package io.journeyboard.sheets.table;

import java.util.List;
import java.util.Map;

/**
 * A table as read from a file, before any meaning is given to its cells.
 *
 * @param where  the file, and sheet for a workbook, as messages name it ({@code cards.xlsx (sheet Cards)})
 * @param header the header cells as written, trimmed
 * @param rows   the non-blank data rows
 */
record RawTable(String where, List<String> header, List<Row> rows) {

    /** One data row: its 1-based row number in the file and its cells by header name (blank cells are absent). */
    record Row(long number, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }
    }

    RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
