package io.journeyboard.insights.feedback;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.sheets.xlsx.XlsxWorkbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads feedback from the first sheet of an XLSX workbook whose first non-empty row is a header.
 * Cached formula results are used (formulas are never evaluated); date cells become ISO dates.
 */
final class XlsxFeedbackReader {

    private final ImportLimits limits;
    private final DataFormatter formatter = new DataFormatter();

    XlsxFeedbackReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code path}, calling it {@code file} in problems and item locations. */
    List<FeedbackItem> read(Path path, String file, FeedbackColumnMapping mapping) {
        return XlsxWorkbooks.read(path, file, limits.maxFileBytes(), workbook -> {
            if (workbook.getNumberOfSheets() == 0) {
                throw refused(file, "has no sheet", "put the feedback on the first sheet with a header row");
            }
            return readSheet(file, workbook.getSheetAt(0), mapping);
        });
    }

    private List<FeedbackItem> readSheet(String file, Sheet sheet, FeedbackColumnMapping mapping) {
        if (sheet.getLastRowNum() - sheet.getFirstRowNum() > limits.maxRows()) {
            throw refused(file, "has more than " + limits.maxRows() + " rows", "split the sheet into smaller files");
        }
        Row headerRow = null;
        for (Row row : sheet) {
            if (!cells(row).stream().allMatch(String::isBlank)) {
                headerRow = row;
                break;
            }
        }
        if (headerRow == null) {
            throw refused(file, "has an empty first sheet", "put a header row and the feedback on the first sheet");
        }
        FeedbackRows rows = new FeedbackRows(file, cells(headerRow), headerRow.getRowNum() + 1L, mapping, limits);
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow.getRowNum()) {
                continue;
            }
            if (rows.full()) {
                break;
            }
            long line = row.getRowNum() + 1L;
            rows.add(line, file + ":" + sheet.getSheetName() + "!" + line, cells(row));
        }
        return rows.finish();
    }

    private List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : numberText(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case BLANK, ERROR, FORMULA, _NONE ->
                cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
        };
    }

    private static String numberText(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static BadInputException refused(String file, String reason, String fix) {
        return BadInputException.whole(file, reason, fix);
    }
}
