/**
 * One report per log: {@link io.journeyboard.analytics.report.JourneyAnalysis} runs every analysis on a loaded log
 * under {@link io.journeyboard.analytics.report.AnalyticsOptions} and gathers them into an {@link
 * io.journeyboard.analytics.report.AnalyticsReport}, which {@link io.journeyboard.analytics.report.AnalyticsReportJson}
 * writes as the JSON of {@code docs/analytics-report.md} and {@link
 * io.journeyboard.analytics.report.AnalyticsReportText} as a terminal summary. The CLI and the server both go through
 * here, so the report is the same from either front.
 */
package io.journeyboard.analytics.report;
