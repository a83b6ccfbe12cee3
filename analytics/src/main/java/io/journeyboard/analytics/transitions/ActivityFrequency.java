package io.journeyboard.analytics.transitions;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How often each activity occurs (events) and in how many cases, with how many of those cases repeat
 * it (rework), most frequent first: the nodes of a process map and the list a funnel's steps are picked from.
 */
public record ActivityFrequency(String activity, long events, long cases, long casesRepeating) {

    public static List<ActivityFrequency> of(EventLog log) {
        int n = log.activityCount();
        long[] events = new long[n];
        long[] cases = new long[n];
        long[] repeating = new long[n];
        int[] lastCase = new int[n];
        int[] inCase = new int[n];
        Arrays.fill(lastCase, -1);
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1]; e++) {
                int a = log.activity()[e];
                events[a]++;
                if (lastCase[a] != c) {
                    lastCase[a] = c;
                    inCase[a] = 0;
                    cases[a]++;
                }
                if (++inCase[a] == 2) {
                    repeating[a]++;
                }
            }
        }
        List<ActivityFrequency> list = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (events[a] > 0) {
                list.add(new ActivityFrequency(log.activityNames()[a], events[a], cases[a], repeating[a]));
            }
        }
        list.sort(Comparator.comparingLong(ActivityFrequency::events)
                .reversed()
                .thenComparing(ActivityFrequency::activity));
        return list;
    }
}
