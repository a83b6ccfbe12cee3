/**
 * Journeys out of and back into map files: {@link io.journeyboard.cli.export.ExportCommand} exports a journey as SVG,
 * PNG, PDF, CSV, XLSX, Mermaid or JSON through the render module, and {@link
 * io.journeyboard.cli.export.ImportTableCommand} reads cards and opportunities edited in a spreadsheet back into a
 * map.
 */
package io.journeyboard.cli.export;
