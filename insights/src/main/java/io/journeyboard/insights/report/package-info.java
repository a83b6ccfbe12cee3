/**
 * What a feedback analysis found: {@link io.journeyboard.insights.report.InsightReport} holds every {@link
 * io.journeyboard.insights.report.AnalysedItem}, the themes, their placements and the suggestions. {@link
 * io.journeyboard.insights.report.InsightReportJson} writes it as the JSON of {@code docs/insights.md} and {@link
 * io.journeyboard.insights.report.InsightReportText} for a terminal; the CLI and the server both answer with these.
 */
package io.journeyboard.insights.report;
