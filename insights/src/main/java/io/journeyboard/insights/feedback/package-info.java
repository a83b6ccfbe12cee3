/**
 * Feedback files read into {@link io.journeyboard.insights.feedback.FeedbackItem}s:
 * {@link io.journeyboard.insights.feedback.FeedbackImport} picks
 * {@link io.journeyboard.insights.feedback.DelimitedFeedbackReader} (CSV, TSV),
 * {@link io.journeyboard.insights.feedback.XlsxFeedbackReader} or {@code TranscriptReader} by extension, and
 * {@code FeedbackRows} checks every cell against the {@link io.journeyboard.insights.feedback.ColumnMapping}. Every
 * bad row becomes an {@link io.journeyboard.insights.feedback.ImportProblem} and the whole file is refused with a
 * {@link io.journeyboard.insights.feedback.FeedbackImportException}, within
 * {@link io.journeyboard.insights.feedback.ImportLimits}. This package depends on no other part of Journeyboard.
 */
package io.journeyboard.insights.feedback;
