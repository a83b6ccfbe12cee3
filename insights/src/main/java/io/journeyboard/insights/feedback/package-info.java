/**
 * Feedback files read into {@link io.journeyboard.insights.feedback.FeedbackItem}s: {@link
 * io.journeyboard.insights.feedback.FeedbackImport} picks {@link
 * io.journeyboard.insights.feedback.DelimitedFeedbackReader} (CSV, TSV), {@link
 * io.journeyboard.insights.feedback.XlsxFeedbackReader} or {@code TranscriptReader} by extension, and {@code
 * FeedbackRows} checks every cell against the {@link io.journeyboard.insights.feedback.FeedbackColumnMapping}. Every
 * bad row becomes an {@link io.journeyboard.problems.InputProblem} and the whole file is refused with a {@link
 * io.journeyboard.problems.BadInputException}, within {@link io.journeyboard.insights.feedback.ImportLimits}. Readers
 * take the name to show (an upload's, not its temporary copy's) and name settings, never a front's flags. Of
 * Journeyboard it uses only {@code problems}.
 */
package io.journeyboard.insights.feedback;
