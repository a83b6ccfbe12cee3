/**
 * A journey's versions: {@link io.journeyboard.server.history.HistoryRoutes} lists them, shows one, diffs two (with
 * the journey package's {@code JourneyDiff}) and restores one as a new version, so a restore never loses what came
 * after. {@link io.journeyboard.server.history.HistoryStore} only reads the
 * {@link io.journeyboard.server.history.JourneyVersion} rows; they are written by the journey store with every change.
 */
package io.journeyboard.server.history;
