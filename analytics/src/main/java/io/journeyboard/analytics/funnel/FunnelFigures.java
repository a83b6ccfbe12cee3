package io.journeyboard.analytics.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The figures of each funnel step over some of the matched cases. {@code continued} counts the cases
 * that reached the step and the required step before it, so {@code dropOff} = cases at the previous
 * required step − continued; in an open funnel {@code enteredHere} counts those that entered at this
 * step, which is why a step can have more cases than the one before it.
 */
public record FunnelFigures(long entered, long converted, List<Step> steps) {

    /** One step; conversions are fractions, 0 when there is nothing to divide by. */
    public record Step(
            String name,
            boolean optional,
            long cases,
            long enteredHere,
            long continued,
            long dropOff,
            double conversionFromPrevious,
            double conversionFromStart) {}

    /** All entered cases. */
    public static FunnelFigures of(FunnelCases cases) {
        return of(cases, c -> true);
    }

    /** The entered cases for which {@code include} holds. */
    public static FunnelFigures of(FunnelCases cases, IntPredicate include) {
        int[] group = new int[cases.caseCount()];
        for (int c = 0; c < group.length; c++) {
            group[c] = include.test(c) ? 0 : -1;
        }
        return ofGroups(cases, group, 1).get(0);
    }

    /**
     * The figures of each group of entered cases in one pass over the cases: {@code groupOf[c]} is case c's
     * group (0 to {@code groups - 1}), or -1 to leave it out.
     */
    public static List<FunnelFigures> ofGroups(FunnelCases cases, int[] groupOf, int groups) {
        int n = cases.stepCount();
        int[] previous = new int[n];
        for (int s = 0; s < n; s++) {
            previous[s] = cases.previousRequired(s);
        }
        long[][] reached = new long[groups][n];
        long[][] here = new long[groups][n];
        long[][] continued = new long[groups][n];
        long[] entered = new long[groups];
        long[] converted = new long[groups];
        int last = cases.lastRequired();
        boolean[] reach = new boolean[n];
        for (int c = 0; c < cases.caseCount(); c++) {
            int g = groupOf[c];
            if (g < 0 || !cases.entered(c)) {
                continue;
            }
            entered[g]++;
            boolean first = true;
            for (int s = 0; s < n; s++) {
                reach[s] = cases.reached(c, s);
                if (!reach[s]) {
                    continue;
                }
                reached[g][s]++;
                if (first) {
                    here[g][s]++;
                    first = false;
                }
                if (previous[s] < 0 || reach[previous[s]]) {
                    continued[g][s]++;
                }
            }
            converted[g] += reach[last] ? 1 : 0;
        }
        List<FunnelFigures> figures = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            figures.add(figures(cases, previous, entered[g], converted[g], reached[g], here[g], continued[g]));
        }
        return figures;
    }

    private static FunnelFigures figures(
            FunnelCases cases,
            int[] previous,
            long entered,
            long converted,
            long[] reached,
            long[] here,
            long[] continued) {
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < reached.length; s++) {
            long before = previous[s] < 0 ? reached[s] : reached[previous[s]];
            steps.add(new Step(
                    cases.mapping().stages().get(s).name(),
                    cases.optional(s),
                    reached[s],
                    here[s],
                    continued[s],
                    Math.max(0, before - continued[s]),
                    ratio(continued[s], before),
                    ratio(reached[s], entered)));
        }
        return new FunnelFigures(entered, converted, steps);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
