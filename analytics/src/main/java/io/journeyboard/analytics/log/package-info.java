/**
 * The columnar event log: an {@link io.journeyboard.analytics.log.EventLog} held column by column with
 * dictionary-encoded {@link io.journeyboard.analytics.log.Categorical}s, grouped by case and ordered by time, and
 * what builds it: {@link io.journeyboard.analytics.log.EventColumnsBuilder} checks and stores rows (the format
 * readers of {@code analytics.ingest} feed it), {@link io.journeyboard.analytics.log.LogColumnMapping} says which
 * column plays which {@link io.journeyboard.analytics.log.LogColumnRole}, within
 * {@link io.journeyboard.analytics.log.IngestLimits}, reported in an
 * {@link io.journeyboard.analytics.log.IngestReport}.
 * Bad rows become {@code InputProblem}s in a {@code BadInputException} (module {@code problems}), which name
 * settings, never a front's flags. The inner loops parse bytes in place (no String per row), so speed here is
 * measured in {@code bench}, not guessed.
 */
package io.journeyboard.analytics.log;
