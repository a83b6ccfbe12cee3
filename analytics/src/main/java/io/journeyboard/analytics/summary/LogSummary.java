package io.journeyboard.analytics.summary;

import io.journeyboard.analytics.Distribution;
import io.journeyboard.analytics.log.EventLog;
import java.time.Instant;

/**
 * The size and shape of a log: events, cases, activities, channels (0 when no channel is mapped),
 * variants, the first and last event (ISO-8601, UTC), the time span, and case length (events) and duration (seconds)
 * distributions.
 */
public record LogSummary(
        long events,
        long cases,
        int activities,
        int channels,
        long variants,
        String firstEvent,
        String lastEvent,
        double spanSeconds,
        Distribution caseLength,
        Distribution caseDurationSeconds) {

    public static LogSummary of(EventLog log, long variants) {
        long[] time = log.timeMicros();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long t : time) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        double[] lengths = new double[log.caseCount()];
        double[] durations = new double[log.caseCount()];
        for (int c = 0; c < log.caseCount(); c++) {
            int from = log.caseStart()[c];
            int to = log.caseStart()[c + 1];
            lengths[c] = to - from;
            durations[c] = (time[to - 1] - time[from]) / 1e6;
        }
        int channels = log.channel() == null ? 0 : log.channel().values().length;
        return of(
                log.eventCount(),
                log.caseCount(),
                log.activityCount(),
                channels,
                variants,
                min,
                max,
                Distribution.of(lengths),
                Distribution.of(durations));
    }

    /** The summary from counts, the first and last event time in epoch microseconds and the two distributions. */
    public static LogSummary of(
            long events,
            long cases,
            int activities,
            int channels,
            long variants,
            long firstMicros,
            long lastMicros,
            Distribution caseLength,
            Distribution caseDurationSeconds) {
        return new LogSummary(
                events,
                cases,
                activities,
                channels,
                variants,
                micros(firstMicros).toString(),
                micros(lastMicros).toString(),
                (lastMicros - firstMicros) / 1e6,
                caseLength,
                caseDurationSeconds);
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}
