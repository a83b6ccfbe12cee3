/**
 * The one vocabulary for bad input. Every importer (event logs, feedback, card tables) reports what it
 * refuses as {@link io.journeyboard.problems.InputProblem}s in one
 * {@link io.journeyboard.problems.BadInputException}: the name of the source as its user knows it, the
 * line and column, the value, why it was refused, how to fix it and, where a setting would fix it, the
 * {@link io.journeyboard.problems.Setting} to change. The importers never name a command-line flag or a
 * query parameter: each front (the CLI, the server) phrases a setting its own way in one place.
 */
package io.journeyboard.problems;
