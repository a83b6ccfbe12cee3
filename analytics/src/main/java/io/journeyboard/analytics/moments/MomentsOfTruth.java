package io.journeyboard.analytics.moments;

import io.journeyboard.analytics.funnel.FunnelAnalysis;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Ranks touchpoints (activities) by how much their presence in a case changes the chance of reaching
 * the funnel's last required stage, among the cases that entered the funnel. Touchpoints with fewer
 * than {@code minCases} cases with or without them are left out: their rates are noise. Touchpoints
 * of the last stage itself are left out too, as they convert by definition.
 */
public final class MomentsOfTruth {

    private MomentsOfTruth() {}

    public static List<MomentOfTruth> of(
            EventLog log, FunnelAnalysis funnel, IntPredicate inLastStage, int minCases, int limit) {
        int a = log.activityCount();
        long[] with = new long[a];
        long[] convertedWith = new long[a];
        int[] seen = new int[a];
        Arrays.fill(seen, -1);
        long entered = 0;
        long converted = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            if (!funnel.entered()[c]) {
                continue;
            }
            entered++;
            boolean conv = funnel.converted()[c];
            converted += conv ? 1 : 0;
            for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1]; e++) {
                int activity = log.activity()[e];
                if (seen[activity] != c) {
                    seen[activity] = c;
                    with[activity]++;
                    convertedWith[activity] += conv ? 1 : 0;
                }
            }
        }
        return rank(log.activityNames(), with, convertedWith, entered, converted, inLastStage, minCases, limit);
    }

    /**
     * The ranking itself, from counts over the cases that entered the funnel: {@code with[a]} of them have
     * touchpoint {@code names[a]}, {@code convertedWith[a]} of those converted. Shared with engines that count
     * elsewhere (the Spark job), so both rank alike.
     */
    public static List<MomentOfTruth> rank(
            String[] names,
            long[] with,
            long[] convertedWith,
            long entered,
            long converted,
            IntPredicate inLastStage,
            int minCases,
            int limit) {
        List<MomentOfTruth> moments = new ArrayList<>();
        for (int activity = 0; activity < names.length; activity++) {
            long without = entered - with[activity];
            if (inLastStage.test(activity) || with[activity] < minCases || without < minCases) {
                continue;
            }
            long convertedWithout = converted - convertedWith[activity];
            double rateWith = (double) convertedWith[activity] / with[activity];
            double rateWithout = (double) convertedWithout / without;
            moments.add(new MomentOfTruth(
                    names[activity],
                    with[activity],
                    convertedWith[activity],
                    without,
                    convertedWithout,
                    rateWith,
                    rateWithout,
                    rateWith - rateWithout,
                    convertedWithout == 0 ? null : rateWith / rateWithout));
        }
        moments.sort(Comparator.comparingDouble((MomentOfTruth m) -> Math.abs(m.difference()))
                .reversed()
                .thenComparing(MomentOfTruth::touchpoint));
        return List.copyOf(moments.subList(0, Math.min(limit, moments.size())));
    }
}
