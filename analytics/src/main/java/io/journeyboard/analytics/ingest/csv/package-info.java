/**
 * Delimited event logs (comma, semicolon, tab or bar, detected from the header): our own byte-level RFC 4180
 * record reader, because parsing speed is the product, cut into chunks at line breaks and parsed in parallel
 * into {@link io.journeyboard.analytics.log.EventColumnsBuilder}s.
 */
package io.journeyboard.analytics.ingest.csv;
