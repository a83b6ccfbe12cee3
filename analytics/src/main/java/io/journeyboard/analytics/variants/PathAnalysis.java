package io.journeyboard.analytics.variants;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paths leading to and from an activity: for each case that has it, the {@code length} activities
 * before and after its first occurrence (all of them when {@code length} is 0), counted over cases.
 */
public record PathAnalysis(String activity, int length, long cases, List<Path> before, List<Path> after) {

    /** A path (activities in order, the chosen activity excluded) and the cases that took it. */
    public record Path(List<String> activities, long cases, double share) {}

    public static PathAnalysis of(EventLog log, String activity, int length, int limit, boolean[] keep) {
        int code = Arrays.asList(log.activityNames()).indexOf(activity);
        if (code < 0) {
            throw new IllegalArgumentException("activity \"" + activity + "\" is not in the log; the activities are "
                    + Arrays.toString(log.activityNames()));
        }
        Map<ActivitySequence, long[]> before = new HashMap<>();
        Map<ActivitySequence, long[]> after = new HashMap<>();
        long cases = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            if (keep != null && !keep[c]) {
                continue;
            }
            int from = log.caseStart()[c];
            int to = log.caseStart()[c + 1];
            int at = from;
            while (at < to && log.activity()[at] != code) {
                at++;
            }
            if (at == to) {
                continue;
            }
            cases++;
            int first = length == 0 ? from : Math.max(from, at - length);
            int last = length == 0 ? to : Math.min(to, at + 1 + length);
            before.computeIfAbsent(new ActivitySequence(log.activity(), first, at), k -> new long[1])[0]++;
            after.computeIfAbsent(new ActivitySequence(log.activity(), at + 1, last), k -> new long[1])[0]++;
        }
        return new PathAnalysis(activity, length, cases, top(before, log, limit, cases), top(after, log, limit, cases));
    }

    private static List<Path> top(Map<ActivitySequence, long[]> counts, EventLog log, int limit, long cases) {
        List<Path> paths = new ArrayList<>();
        counts.forEach((sequence, count) ->
                paths.add(new Path(List.of(sequence.names(log.activityNames())), count[0], (double) count[0] / cases)));
        paths.sort(Comparator.comparingLong(Path::cases)
                .reversed()
                .thenComparing(p -> String.join("\u0000", p.activities())));
        return List.copyOf(paths.subList(0, Math.min(limit, paths.size())));
    }
}
