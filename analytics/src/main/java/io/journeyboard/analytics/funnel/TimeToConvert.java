package io.journeyboard.analytics.funnel;

import io.journeyboard.analytics.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * How long cases took to reach each step from the previous required one: a histogram over fixed
 * human-scale bins (a minute, an hour, a day, a week, a month…) and the percentile summary.
 */
public record TimeToConvert(List<String> bins, List<Step> steps) {

    private static final long[] UPPER_SECONDS = {
        60, 600, 3_600, 6 * 3_600, 86_400, 3 * 86_400, 7 * 86_400, 14 * 86_400, 30 * 86_400, Long.MAX_VALUE
    };
    private static final List<String> BIN_NAMES = List.of(
            "< 1 min",
            "1–10 min",
            "10 min–1 h",
            "1–6 h",
            "6 h–1 day",
            "1–3 days",
            "3–7 days",
            "1–2 weeks",
            "2 weeks–30 days",
            "≥ 30 days");

    /** One step: cases per bin (summing to the cases that reached it after entering before it), mean, percentiles. */
    public record Step(String name, long[] counts, double meanSeconds, Distribution seconds) {}

    public static TimeToConvert of(FunnelCases cases) {
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < cases.stepCount(); s++) {
            double[] waits = cases.waits(s);
            long[] counts = new long[UPPER_SECONDS.length];
            double sum = 0;
            for (double wait : waits) {
                sum += wait;
                int bin = 0;
                while (wait >= UPPER_SECONDS[bin]) {
                    bin++;
                }
                counts[bin]++;
            }
            double mean = waits.length == 0 ? 0 : sum / waits.length;
            steps.add(new Step(cases.mapping().stages().get(s).name(), counts, mean, Distribution.of(waits)));
        }
        return new TimeToConvert(BIN_NAMES, steps);
    }
}
