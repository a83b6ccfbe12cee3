/**
 * A journey's cards and opportunities as spreadsheet tables and back: {@link TableExport} writes CSV or XLSX in
 * {@link TableColumns} order, and {@link TableImport} reads an edited table back into the journey, checking the
 * header, every cell and the resulting journey. Every bad cell becomes an {@code InputProblem} and the import is
 * refused whole with a {@code BadInputException}; workbooks are opened by the one hardened reader in
 * {@code sheets.xlsx}.
 */
package io.journeyboard.sheets.table;
