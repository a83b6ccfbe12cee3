package io.journeyboard.analytics.funnel;

import io.journeyboard.analytics.log.EventLog;
import java.util.Arrays;

/**
 * Finds, for one case, when it reached each stage under an order mode. Reach times are in
 * microseconds; {@link #NOT_REACHED} marks a stage the case did not reach (or skipped, if optional).
 * Public for engines that hold cases elsewhere (the Spark job matches each partition's cases with it).
 */
public final class StageMatcher {

    public static final long NOT_REACHED = Long.MIN_VALUE;

    private final boolean[][] member;
    private final boolean[] optional;
    private final OrderMode order;
    private final long windowMicros;
    private final int[] activity;
    private final long[] time;

    public StageMatcher(EventLog log, StageMapping mapping) {
        int stages = mapping.stages().size();
        member = new boolean[stages][log.activityCount()];
        optional = new boolean[stages];
        for (int s = 0; s < stages; s++) {
            StageDefinition stage = mapping.stages().get(s);
            optional[s] = stage.optional();
            for (int a = 0; a < log.activityCount(); a++) {
                member[s][a] = stage.matches(log.activityNames()[a]);
            }
        }
        order = mapping.order();
        windowMicros = mapping.windowSeconds() == 0 ? Long.MAX_VALUE : mapping.windowSeconds() * 1_000_000L;
        activity = log.activity();
        time = log.timeMicros();
    }

    /** Fills {@code reach} with the time each stage was reached in the case's events {@code from..to-1}. */
    public void match(int from, int to, long[] reach) {
        Arrays.fill(reach, NOT_REACHED);
        switch (order) {
            case ORDERED -> matchOrdered(from, to, reach);
            case STRICT -> matchStrict(from, to, reach);
            case ANY -> matchAny(from, to, reach);
        }
    }

    private void matchOrdered(int from, int to, long[] reach) {
        int entry = next(0, from, to, Long.MAX_VALUE);
        if (entry < 0) {
            return;
        }
        long deadline = window(time[entry]);
        reach[0] = time[entry];
        int pos = entry;
        for (int s = 1; s < member.length; s++) {
            int found = next(s, pos + 1, to, deadline);
            if (optional[s]) {
                int required = nextRequired(s);
                int limit = required < 0 ? to : firstOr(next(required, pos + 1, to, deadline), to);
                if (found >= 0 && found < limit) {
                    reach[s] = time[found];
                    pos = found;
                }
                continue;
            }
            if (found < 0) {
                return;
            }
            reach[s] = time[found];
            pos = found;
        }
    }

    /** Each stage on the event right after the previous stage's event; tries every entry and keeps the deepest. */
    private void matchStrict(int from, int to, long[] reach) {
        long[] attempt = new long[member.length];
        int best = -1;
        for (int entry = from; entry < to; entry++) {
            if (!member[0][activity[entry]]) {
                continue;
            }
            Arrays.fill(attempt, NOT_REACHED);
            attempt[0] = time[entry];
            long deadline = window(time[entry]);
            int pos = entry;
            int depth = 0;
            for (int s = 1; s < member.length; s++) {
                int e = pos + 1;
                if (e < to && member[s][activity[e]] && time[e] <= deadline) {
                    attempt[s] = time[e];
                    pos = e;
                    depth = s;
                } else if (!optional[s]) {
                    break;
                }
            }
            if (depth > best) {
                best = depth;
                System.arraycopy(attempt, 0, reach, 0, reach.length);
            }
        }
    }

    /** A stage counts once it and every required stage before it occurred, whatever the order, within the window. */
    private void matchAny(int from, int to, long[] reach) {
        long[] first = new long[member.length];
        for (int s = 0; s < member.length; s++) {
            int found = next(s, from, to, Long.MAX_VALUE);
            first[s] = found < 0 ? NOT_REACHED : time[found];
        }
        if (first[0] == NOT_REACHED) {
            return;
        }
        long earliest = first[0];
        long latest = first[0];
        for (int s = 0; s < member.length; s++) {
            if (first[s] == NOT_REACHED) {
                if (optional[s]) {
                    continue;
                }
                return;
            }
            long newEarliest = Math.min(earliest, first[s]);
            long newLatest = Math.max(latest, first[s]);
            if (newLatest - newEarliest > windowMicros) {
                if (optional[s]) {
                    continue;
                }
                return;
            }
            earliest = newEarliest;
            latest = newLatest;
            reach[s] = latest;
        }
    }

    private int next(int stage, int from, int to, long deadline) {
        for (int e = from; e < to; e++) {
            if (member[stage][activity[e]]) {
                return time[e] <= deadline ? e : -1;
            }
        }
        return -1;
    }

    private int nextRequired(int stage) {
        for (int s = stage + 1; s < member.length; s++) {
            if (!optional[s]) {
                return s;
            }
        }
        return -1;
    }

    private static int firstOr(int found, int fallback) {
        return found < 0 ? fallback : found;
    }

    private long window(long entryTime) {
        return windowMicros == Long.MAX_VALUE ? Long.MAX_VALUE : entryTime + windowMicros;
    }

    public int stageCount() {
        return member.length;
    }

    public boolean optional(int stage) {
        return optional[stage];
    }
}
