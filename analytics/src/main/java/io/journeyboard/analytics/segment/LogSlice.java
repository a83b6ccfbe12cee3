package io.journeyboard.analytics.segment;

import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kept cases of a log as a log of their own, so that analyses written for a whole log
 * ({@code TransitionGraph}, {@code VariantAnalysis}) run on a segment unchanged. Dictionaries are
 * shared with the whole log (a value no kept case uses simply never occurs); columns are copied.
 */
public final class LogSlice {

    private LogSlice() {}

    /** The log itself when every case is kept (or {@code keep} is null), else a copy of the kept cases. */
    public static EventLog of(EventLog log, boolean[] keep) {
        if (keep == null || allTrue(keep)) {
            return log;
        }
        int[] start = log.caseStart();
        int cases = 0;
        int events = 0;
        for (int c = 0; c < keep.length; c++) {
            if (keep[c]) {
                cases++;
                events += start[c + 1] - start[c];
            }
        }
        int[] sourceOf = new int[events];
        String[] caseNames = new String[cases];
        int[] caseStart = new int[cases + 1];
        int kept = 0;
        int at = 0;
        for (int c = 0; c < keep.length; c++) {
            if (keep[c]) {
                caseNames[kept] = log.caseNames()[c];
                caseStart[kept++] = at;
                for (int e = start[c]; e < start[c + 1]; e++) {
                    sourceOf[at++] = e;
                }
            }
        }
        caseStart[cases] = at;
        int[] activity = new int[events];
        long[] time = new long[events];
        for (int e = 0; e < events; e++) {
            activity[e] = log.activity()[sourceOf[e]];
            time[e] = log.timeMicros()[sourceOf[e]];
        }
        Map<String, Categorical> attributes = new LinkedHashMap<>();
        log.attributes().forEach((name, column) -> attributes.put(name, pick(column, sourceOf)));
        return new EventLog(
                caseNames,
                caseStart,
                log.activityNames(),
                activity,
                time,
                pick(log.channel(), sourceOf),
                pick(log.stage(), sourceOf),
                pick(log.resource(), sourceOf),
                pick(log.score(), sourceOf),
                pick(log.text(), sourceOf),
                attributes);
    }

    private static boolean allTrue(boolean[] keep) {
        for (boolean k : keep) {
            if (!k) {
                return false;
            }
        }
        return true;
    }

    private static Categorical pick(Categorical column, int[] sourceOf) {
        if (column == null) {
            return null;
        }
        int[] codes = new int[sourceOf.length];
        for (int e = 0; e < codes.length; e++) {
            codes[e] = column.codes()[sourceOf[e]];
        }
        return new Categorical(column.name(), column.values(), codes);
    }

    private static double[] pick(double[] column, int[] sourceOf) {
        if (column == null) {
            return null;
        }
        double[] values = new double[sourceOf.length];
        for (int e = 0; e < values.length; e++) {
            values[e] = column[sourceOf[e]];
        }
        return values;
    }

    private static String[] pick(String[] column, int[] sourceOf) {
        if (column == null) {
            return null;
        }
        String[] values = new String[sourceOf.length];
        for (int e = 0; e < values.length; e++) {
            values[e] = column[sourceOf[e]];
        }
        return values;
    }
}
