/**
 * A journey's cards and opportunities as spreadsheet tables and back: {@link io.journeyboard.render.table.TableExport}
 * writes CSV or XLSX in {@link io.journeyboard.render.table.TableColumns} order, and
 * {@link io.journeyboard.render.table.TableImport} reads an edited table back into the journey, checking the header,
 * every cell and the resulting journey. Every bad cell becomes a {@link io.journeyboard.problems.InputProblem} and
 * the import is refused whole with a {@link io.journeyboard.problems.BadInputException}. It draws nothing; it
 * sits here because exports go through the render module.
 */
package io.journeyboard.render.table;
