package io.journeyboard.analytics.log;

import java.util.Map;

/**
 * An event log held column by column, events grouped by case and ordered by time within a case (ties
 * keep input order). Events of case {@code c} are {@code caseStart[c] .. caseStart[c+1]-1}; activities
 * and other categorical fields are dictionary codes. Optional columns are null when not mapped.
 * Arrays are shared, not copied: callers must not modify them.
 */
public record EventLog(
        String[] caseNames,
        int[] caseStart,
        String[] activityNames,
        int[] activity,
        long[] timeMicros,
        Categorical channel,
        Categorical stage,
        Categorical resource,
        double[] score,
        String[] text,
        Map<String, Categorical> attributes) {

    public int caseCount() {
        return caseNames.length;
    }

    public int eventCount() {
        return activity.length;
    }

    public int activityCount() {
        return activityNames.length;
    }

    /** Codes and times per event, names per case, dictionaries: roughly what the columns hold in memory. */
    public long estimatedBytes() {
        int columns =
                attributes.size() + (channel == null ? 0 : 1) + (stage == null ? 0 : 1) + (resource == null ? 0 : 1);
        return eventCount() * (12L + 4L * columns) + caseCount() * 64L + activityCount() * 64L;
    }

    public int caseLength(int caseIndex) {
        return caseStart[caseIndex + 1] - caseStart[caseIndex];
    }
}
