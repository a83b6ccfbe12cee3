package io.journeyboard.sheets.table;

import io.journeyboard.model.journey.Journey;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a journey's cards and opportunities as tables people can sort and edit in a spreadsheet,
 * and {@link TableImport} reads back. Columns are listed in {@link TableColumns}.
 */
public final class TableExport {

    /** One table as CSV (UTF-8 with a byte-order mark). */
    public void csv(Journey journey, TableKind kind, OutputStream out) throws IOException {
        CsvTables.write(journey, kind, out);
    }

    /** Both tables in one workbook, on the sheets "Cards" and "Opportunities". */
    public void xlsx(Journey journey, OutputStream out) throws IOException {
        XlsxTables.write(journey, out);
    }
}
