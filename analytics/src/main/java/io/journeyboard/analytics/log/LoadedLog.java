package io.journeyboard.analytics.log;

/** A log ready for analysis and the report of how it was read. */
public record LoadedLog(EventLog log, IngestReport ingest) {}
