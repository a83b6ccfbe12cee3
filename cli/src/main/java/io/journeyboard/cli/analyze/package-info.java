/**
 * {@code journeyboard analyze LOG}: {@link io.journeyboard.cli.analyze.AnalyzeCommand} reads an event log with the
 * analytics module, runs every analysis and writes the report as JSON, text or a picture. With {@code --map}, the
 * journey is chosen by the model's {@code Workspace.chooseJourney} and its stages become the funnel by the analytics
 * module's {@code JourneyFunnel}; the command only phrases the result for a terminal.
 */
package io.journeyboard.cli.analyze;
