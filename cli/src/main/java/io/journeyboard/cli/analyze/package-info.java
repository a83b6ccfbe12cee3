/**
 * {@code journeyboard analyze LOG}: {@link io.journeyboard.cli.analyze.AnalyzeCommand} reads an event log with the
 * analytics module, runs every analysis and writes the report as JSON, text or a picture. With a map, {@link
 * io.journeyboard.cli.analyze.JourneyFunnel} turns the journey's stages into the funnel.
 */
package io.journeyboard.cli.analyze;
