/**
 * Exploring an event log in the browser: an uploaded log is read once into the columnar {@code EventLog}
 * and kept in memory ({@link io.journeyboard.server.explore.ExploredLogs}, bounded per workspace by size, count
 * and idle time); {@link io.journeyboard.server.explore.ExploreRoutes} answers funnel, drop-off, paths,
 * process-map, variants and drivers queries as JSON, each computed by the analytics engine and cached per
 * log until its data changes. The views take an {@code ExploredLog} whatever its source, so a stored dataset
 * plugs in by handing {@code ExploredLogs.add} its log and version (see docs/explorer.md).
 */
package io.journeyboard.server.explore;
