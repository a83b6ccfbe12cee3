package io.journeyboard.analytics.funnel;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.journeyboard.analytics.Distribution;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stage funnel over the cases of a log: per stage, how many cases reached it, the conversion from
 * the previous required stage and from the first, the drop-off, and the time it took to get there
 * from the previous required stage. {@link #entered()} flags the cases that reached the first stage,
 * {@link #converted()} those that reached the last required stage.
 */
public record FunnelAnalysis(
        OrderMode order,
        long windowSeconds,
        List<Step> steps,
        @JsonIgnore boolean[] entered,
        @JsonIgnore boolean[] converted) {

    /** One stage's figures; seconds are from reaching the previous required stage (0 for the first stage). */
    public record Step(
            String stage,
            boolean optional,
            long cases,
            double conversionFromPrevious,
            double conversionFromStart,
            long dropOff,
            double meanSecondsToConvert,
            double medianSecondsToConvert) {}

    public static FunnelAnalysis of(EventLog log, StageMapping mapping) {
        StageMatcher matcher = new StageMatcher(log, mapping);
        int stages = matcher.stageCount();
        long[] reached = new long[stages];
        List<List<Double>> waits = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            waits.add(new ArrayList<>());
        }
        int lastRequired = stages - 1;
        while (matcher.optional(lastRequired)) {
            lastRequired--;
        }
        boolean[] entered = new boolean[log.caseCount()];
        boolean[] converted = new boolean[log.caseCount()];
        long[] reach = new long[stages];
        for (int c = 0; c < log.caseCount(); c++) {
            matcher.match(log.caseStart()[c], log.caseStart()[c + 1], reach);
            long previousTime = reach[0];
            for (int s = 0; s < stages; s++) {
                if (reach[s] == StageMatcher.NOT_REACHED) {
                    continue;
                }
                reached[s]++;
                waits.get(s).add(Math.max(0, reach[s] - previousTime) / 1e6);
                if (!matcher.optional(s)) {
                    previousTime = reach[s];
                }
            }
            entered[c] = reach[0] != StageMatcher.NOT_REACHED;
            converted[c] = reach[lastRequired] != StageMatcher.NOT_REACHED;
        }
        double[] mean = new double[stages];
        double[] median = new double[stages];
        for (int s = 0; s < stages; s++) {
            double[] seconds =
                    waits.get(s).stream().mapToDouble(Double::doubleValue).toArray();
            mean[s] = seconds.length == 0 ? 0 : Arrays.stream(seconds).average().orElse(0);
            median[s] = Distribution.of(seconds).median();
        }
        return new FunnelAnalysis(
                mapping.order(), mapping.windowSeconds(), steps(mapping, reached, mean, median), entered, converted);
    }

    /**
     * The steps from each stage's reached cases and the mean and median seconds it took: conversions and
     * drop-off are against the previous required stage. Shared with engines that count elsewhere (Spark).
     */
    public static List<Step> steps(StageMapping mapping, long[] reached, double[] mean, double[] median) {
        List<Step> steps = new ArrayList<>();
        long previous = reached[0];
        for (int s = 0; s < reached.length; s++) {
            boolean optional = mapping.stages().get(s).optional();
            steps.add(new Step(
                    mapping.stages().get(s).name(),
                    optional,
                    reached[s],
                    ratio(reached[s], previous),
                    ratio(reached[s], reached[0]),
                    Math.max(0, previous - reached[s]),
                    mean[s],
                    median[s]));
            if (!optional) {
                previous = reached[s];
            }
        }
        return steps;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
