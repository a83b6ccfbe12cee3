package io.journeyboard.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One kept run, as a list shows it.
 *
 * @param kind       {@code insights} (feedback) or {@code analytics} (an event log)
 * @param source     the file it analysed, as its user named it
 * @param state      {@code running}, {@code done}, {@code failed} or {@code interrupted} (its server was killed
 *                   while it ran; {@code error} says so)
 * @param summary    the run's headline figures (items and themes, or cases and events)
 * @param finishedAt null while it runs
 */
public record AnalysisRun(
        String id,
        String kind,
        String journeyId,
        String source,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        String state,
        String error,
        JsonNode summary) {}
