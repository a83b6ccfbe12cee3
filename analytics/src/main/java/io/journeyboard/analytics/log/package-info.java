/**
 * The columnar event log and its ingest: {@link io.journeyboard.analytics.log.EventLogReader} reads CSV, JSON lines or
 * XES (optionally gzipped) into an {@link io.journeyboard.analytics.log.EventLog} held column by column with
 * dictionary-encoded {@link io.journeyboard.analytics.log.Categorical}s, grouped by case and ordered by time. Reading
 * is guarded by {@link io.journeyboard.analytics.log.IngestLimits} and reports what it did in an
 * {@link io.journeyboard.analytics.log.IngestReport}; bad rows become {@code InputProblem}s in a
 * {@code BadInputException} (module {@code problems}), which name settings, never a front's flags. The
 * inner loops parse bytes in place (no String per row), so speed here is measured in {@code bench}, not guessed.
 */
package io.journeyboard.analytics.log;
