package io.journeyboard.sheets.table;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.sheets.xlsx.XlsxWorkbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook with one sheet of cards and one of opportunities, and back. */
final class XlsxTables {

    /** No part of a card or opportunity workbook unpacks to more than this (tables are far smaller). */
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    static final String CARDS_SHEET = "Cards";
    static final String OPPORTUNITIES_SHEET = "Opportunities";
    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxTables() {}

    static void write(Journey journey, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            sheet(
                    workbook,
                    CARDS_SHEET,
                    TableColumns.names(TableKind.CARDS),
                    TableRows.cards(journey),
                    header,
                    wrapped);
            sheet(
                    workbook,
                    OPPORTUNITIES_SHEET,
                    TableColumns.names(TableKind.OPPORTUNITIES),
                    TableRows.opportunities(journey),
                    header,
                    wrapped);
            workbook.write(out);
        }
    }

    private static void sheet(
            Workbook workbook,
            String name,
            List<String> columns,
            List<List<Object>> rows,
            CellStyle header,
            CellStyle wrapped) {
        Sheet sheet = workbook.createSheet(name);
        Row headerRow = sheet.createRow(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(header);
            widths[c] = columns.get(c).length() + 2;
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(wrapped);
                }
                widths[c] = Math.max(
                        widths[c], Math.min(MAX_COLUMN_CHARS, value.toString().length() + 2));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, columns.size() - 1));
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(IndexedColors.WHITE.getIndex());
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** The card and opportunity sheets found in the workbook; a workbook with neither is refused. */
    static Map<TableKind, RawTable> read(byte[] content, String file) {
        return XlsxWorkbooks.read(content, file, MAX_PART_BYTES, workbook -> {
            Map<TableKind, RawTable> tables = new LinkedHashMap<>();
            Sheet cards = workbook.getSheet(CARDS_SHEET);
            Sheet opportunities = workbook.getSheet(OPPORTUNITIES_SHEET);
            if (cards == null && opportunities == null) {
                throw BadInputException.whole(
                        file,
                        "has no sheet named '" + CARDS_SHEET + "' or '" + OPPORTUNITIES_SHEET + "'",
                        "name the sheets as an export from Journeyboard does");
            }
            if (cards != null) {
                tables.put(TableKind.CARDS, table(cards, file));
            }
            if (opportunities != null) {
                tables.put(TableKind.OPPORTUNITIES, table(opportunities, file));
            }
            return tables;
        });
    }

    private static RawTable table(Sheet sheet, String file) {
        String where = file + " (sheet " + sheet.getSheetName() + ")";
        DataFormatter formatter = new DataFormatter();
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        if (headerRow == null) {
            return new RawTable(where, List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
            Cell cell = headerRow.getCell(c);
            header.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        while (!header.isEmpty() && header.getLast().isEmpty()) {
            header.removeLast();
        }
        List<RawTable.Row> rows = new ArrayList<>();
        for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = text(row.getCell(c), formatter);
                if (!value.isBlank()) {
                    cells.put(header.get(c), value.strip());
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new RawTable.Row(r + 1, cells));
            }
        }
        return new RawTable(where, header, rows);
    }

    /** Numbers exactly as stored (not as displayed, which may round), everything else as displayed. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }
}
