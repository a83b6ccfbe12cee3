/**
 * Journeys out of and back into map files: {@link io.journeyboard.cli.export.ExportCommand} exports a journey as SVG,
 * PNG, PDF, CSV, XLSX, Mermaid or JSON through the render module, and
 * {@link io.journeyboard.cli.export.ImportTableCommand} reads cards and opportunities edited in a spreadsheet back
 * into a map. Both write their output all or nothing; an import that finds problems writes nothing and lists every
 * problem with its row and column.
 */
package io.journeyboard.cli.export;
