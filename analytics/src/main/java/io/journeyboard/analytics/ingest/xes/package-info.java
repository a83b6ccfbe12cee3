/**
 * XES event logs (IEEE 1849), streamed with the JDK's StAX reader hardened against DTDs and entity expansion;
 * trace attributes are inherited by their events.
 */
package io.journeyboard.analytics.ingest.xes;
