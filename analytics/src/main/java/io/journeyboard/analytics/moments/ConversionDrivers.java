package io.journeyboard.analytics.moments;

import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.segment.CaseValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What drives conversion: for each activity and each attribute value, the odds of converting for the
 * entered cases that have it against those that do not, as an odds ratio with a 95% confidence
 * interval (Woolf's log method, 0.5 added to every cell so that empty cells stay finite). Factors are
 * ranked by their <em>sure</em> effect: the bound of the interval nearest to "no effect", so a large
 * ratio on a handful of cases ranks below a moderate one on thousands; factors whose interval holds 1
 * are marked not significant and come last. Factors with fewer than {@code minCases} cases on either
 * side are left out.
 */
public final class ConversionDrivers {

    private ConversionDrivers() {}

    /** One factor: an activity (value null) or an attribute's value. */
    public record Driver(
            String kind,
            String name,
            String value,
            long casesWith,
            long convertedWith,
            long casesWithout,
            long convertedWithout,
            double oddsRatio,
            double low,
            double high,
            boolean significant) {

        /** The log of the interval bound nearest to 1: 0 when not significant. */
        double sureEffect() {
            return !significant ? 0 : oddsRatio > 1 ? Math.log(low) : -Math.log(high);
        }
    }

    /**
     * @param entered        cases that entered the funnel (the population)
     * @param converted      cases that reached its last required step
     * @param leaveOut       activities that mark conversion itself (the last step), which would explain nothing
     */
    public static List<Driver> of(
            EventLog log,
            boolean[] entered,
            boolean[] converted,
            IntPredicate leaveOut,
            List<CaseValues> attributes,
            int minCases,
            int limit) {
        long population = 0;
        long convertedAll = 0;
        for (int c = 0; c < entered.length; c++) {
            population += entered[c] ? 1 : 0;
            convertedAll += entered[c] && converted[c] ? 1 : 0;
        }
        List<Driver> drivers = new ArrayList<>();
        int a = log.activityCount();
        long[] with = new long[a];
        long[] convertedWith = new long[a];
        int[] seen = new int[a];
        Arrays.fill(seen, -1);
        for (int c = 0; c < entered.length; c++) {
            if (!entered[c]) {
                continue;
            }
            for (int e = log.caseStart()[c]; e < log.caseStart()[c + 1]; e++) {
                int activity = log.activity()[e];
                if (seen[activity] != c) {
                    seen[activity] = c;
                    with[activity]++;
                    convertedWith[activity] += converted[c] ? 1 : 0;
                }
            }
        }
        for (int activity = 0; activity < a; activity++) {
            if (!leaveOut.test(activity)) {
                add(
                        drivers,
                        "activity",
                        log.activityNames()[activity],
                        null,
                        with[activity],
                        convertedWith[activity],
                        population,
                        convertedAll,
                        minCases);
            }
        }
        for (CaseValues column : attributes) {
            long[] valueWith = new long[column.values().length];
            long[] valueConverted = new long[column.values().length];
            for (int c = 0; c < entered.length; c++) {
                int code = column.codeOfCase()[c];
                if (entered[c] && code >= 0) {
                    valueWith[code]++;
                    valueConverted[code] += converted[c] ? 1 : 0;
                }
            }
            for (int v = 0; v < valueWith.length; v++) {
                add(
                        drivers,
                        "attribute",
                        column.attribute(),
                        column.values()[v],
                        valueWith[v],
                        valueConverted[v],
                        population,
                        convertedAll,
                        minCases);
            }
        }
        drivers.sort(Comparator.comparingDouble((Driver d) -> -d.sureEffect())
                .thenComparingDouble(d -> -Math.abs(Math.log(d.oddsRatio())))
                .thenComparing(Driver::name)
                .thenComparing(d -> d.value() == null ? "" : d.value()));
        return List.copyOf(drivers.subList(0, Math.min(limit, drivers.size())));
    }

    private static void add(
            List<Driver> drivers,
            String kind,
            String name,
            String value,
            long with,
            long convertedWith,
            long population,
            long convertedAll,
            int minCases) {
        long without = population - with;
        if (with < minCases || without < minCases) {
            return;
        }
        long convertedWithout = convertedAll - convertedWith;
        double a = convertedWith + 0.5;
        double b = with - convertedWith + 0.5;
        double c = convertedWithout + 0.5;
        double d = without - convertedWithout + 0.5;
        double logRatio = Math.log(a * d / (b * c));
        double error = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        double low = Math.exp(logRatio - 1.96 * error);
        double high = Math.exp(logRatio + 1.96 * error);
        drivers.add(new Driver(
                kind,
                name,
                value,
                with,
                convertedWith,
                without,
                convertedWithout,
                Math.exp(logRatio),
                low,
                high,
                low > 1 || high < 1));
    }
}
