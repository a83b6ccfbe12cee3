/**
 * Gzip-compressed logs: {@link io.journeyboard.analytics.ingest.gzip.GuardedInputStream} decompresses within the
 * input limit and the compression ratio of {@link io.journeyboard.analytics.log.IngestLimits}, and says a file that
 * is not gzip or is cut short in words, naming the file.
 */
package io.journeyboard.analytics.ingest.gzip;
