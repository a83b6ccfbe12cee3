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
        int n = cases.stepCount();
        long[] reached = new long[n];
        long[] here = new long[n];
        long[] continued = new long[n];
        long entered = 0;
        long converted = 0;
        int last = cases.lastRequired();
        for (int c = 0; c < cases.caseCount(); c++) {
            if (!cases.entered(c) || !include.test(c)) {
                continue;
            }
            entered++;
            converted += cases.reached(c, last) ? 1 : 0;
            boolean first = true;
            for (int s = 0; s < n; s++) {
                if (!cases.reached(c, s)) {
                    continue;
                }
                reached[s]++;
                int previous = cases.previousRequired(s);
                if (first) {
                    here[s]++;
                    first = false;
                }
                if (previous < 0 || cases.reached(c, previous)) {
                    continued[s]++;
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            int previous = cases.previousRequired(s);
            long before = previous < 0 ? reached[s] : reached[previous];
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
