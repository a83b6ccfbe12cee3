/**
 * Reading an event log file: {@link io.journeyboard.analytics.ingest.EventLogReader} picks the format by the
 * file's name (delimited text, JSON lines, XES, each optionally gzipped), hands the bytes to that format's reader
 * in its own package ({@code csv}, {@code jsonl}, {@code xes}, {@code gzip}) and assembles what they built into
 * the columnar {@link io.journeyboard.analytics.log.EventLog}. A new format is a new package here and never
 * touches the log.
 */
package io.journeyboard.analytics.ingest;
