package io.journeyboard.analytics.touchpoints;

import io.journeyboard.analytics.Distribution;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Volume, time spent, rework and scores per stage, per touchpoint (activity) and per channel. An
 * event's stage is the first mapped stage whose activities match it, else its stage column value.
 */
public record TouchpointAnalysis(List<GroupStats> stages, List<GroupStats> touchpoints, List<GroupStats> channels) {

    public static TouchpointAnalysis of(EventLog log, StageMapping mapping) {
        boolean nps = npsScale(log.score());
        List<GroupStats> touchpoints = groups(log, log.activityNames(), log.activity(), false, nps);
        List<GroupStats> channels = log.channel() == null
                ? List.of()
                : groups(log, log.channel().values(), log.channel().codes(), true, nps);
        List<GroupStats> stages;
        if (mapping != null) {
            String[] names =
                    mapping.stages().stream().map(StageDefinition::name).toArray(String[]::new);
            int[] stageOfActivity = new int[log.activityCount()];
            for (int a = 0; a < log.activityCount(); a++) {
                stageOfActivity[a] = -1;
                for (int s = names.length - 1; s >= 0; s--) {
                    if (mapping.stages().get(s).matches(log.activityNames()[a])) {
                        stageOfActivity[a] = s;
                    }
                }
            }
            int[] codes = new int[log.eventCount()];
            for (int e = 0; e < codes.length; e++) {
                codes[e] = stageOfActivity[log.activity()[e]];
            }
            stages = groups(log, names, codes, true, nps);
        } else {
            Categorical stage = log.stage();
            stages = stage == null ? List.of() : groups(log, stage.values(), stage.codes(), true, nps);
        }
        return new TouchpointAnalysis(stages, touchpoints, channels);
    }

    /** Rework counts re-entries (runs) when {@code byRuns}, repeated events otherwise. */
    private static List<GroupStats> groups(
            EventLog log, String[] names, int[] groupOf, boolean byRuns, boolean npsScale) {
        int n = names.length;
        long[] events = new long[n];
        long[] cases = new long[n];
        long[] rework = new long[n];
        long[] scored = new long[n];
        double[] scoreSum = new double[n];
        long[] promoters = new long[n];
        long[] detractors = new long[n];
        long[] comments = new long[n];
        int[] seenInCase = new int[n];
        int[] visits = new int[n];
        List<List<Double>> spent = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            spent.add(new ArrayList<>());
        }
        Arrays.fill(seenInCase, -1);
        int[] start = log.caseStart();
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = start[c]; e < start[c + 1]; e++) {
                int g = groupOf[e];
                if (g < 0) {
                    continue;
                }
                events[g]++;
                if (seenInCase[g] != c) {
                    seenInCase[g] = c;
                    cases[g]++;
                    visits[g] = 0;
                }
                boolean newVisit = !byRuns || e == start[c] || groupOf[e - 1] != g;
                if (newVisit && ++visits[g] == 2) {
                    rework[g]++;
                }
                if (e + 1 < start[c + 1]) {
                    spent.get(g).add((log.timeMicros()[e + 1] - log.timeMicros()[e]) / 1e6);
                }
                if (log.score() != null && !Double.isNaN(log.score()[e])) {
                    double score = log.score()[e];
                    scored[g]++;
                    scoreSum[g] += score;
                    promoters[g] += score >= 9 ? 1 : 0;
                    detractors[g] += score <= 6 ? 1 : 0;
                }
                if (log.text() != null && log.text()[e] != null && !log.text()[e].isBlank()) {
                    comments[g]++;
                }
            }
        }
        List<GroupStats> stats = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (events[g] == 0) {
                continue;
            }
            double[] seconds =
                    spent.get(g).stream().mapToDouble(Double::doubleValue).toArray();
            double mean = Arrays.stream(seconds).average().orElse(0);
            stats.add(GroupStats.of(
                    names[g],
                    events[g],
                    cases[g],
                    mean,
                    Distribution.of(seconds).median(),
                    rework[g],
                    scored[g],
                    scoreSum[g],
                    promoters[g],
                    detractors[g],
                    comments[g],
                    npsScale));
        }
        stats.sort(GroupStats.BY_EVENTS);
        return stats;
    }

    /** NPS only makes sense on a 0–10 scale of whole numbers. */
    private static boolean npsScale(double[] scores) {
        if (scores == null) {
            return false;
        }
        boolean any = false;
        for (double score : scores) {
            if (!Double.isNaN(score)) {
                if (score < 0 || score > 10 || score != Math.rint(score)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
