package io.journeyboard.analytics.funnel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Conversion per step over time: entered cases grouped by the period (UTC day, ISO week or month) in
 * which they entered the funnel, with how many of each period reached each step. The period is chosen
 * from the log's span unless given, so a trend has tens of points rather than thousands.
 */
public record ConversionTrend(Period period, List<Point> points) {

    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /** The length of one point of the trend. */
    public enum Period {
        DAY,
        WEEK,
        MONTH
    }

    /** One period: its first instant (ISO-8601), the cases that entered in it and how many reached each step. */
    public record Point(String start, long entered, long[] reached) {}

    public static ConversionTrend of(FunnelCases cases, Period wanted) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int c = 0; c < cases.caseCount(); c++) {
            if (cases.entered(c)) {
                first = Math.min(first, cases.entryMicros(c));
                last = Math.max(last, cases.entryMicros(c));
            }
        }
        Period period = wanted != null ? wanted : choose(first, last);
        TreeMap<Long, long[]> buckets = new TreeMap<>();
        Map<Long, long[]> byDay = new HashMap<>();
        // the period's start is worked out once per day seen, not once per case; days are looked up in an
        // array over the span (a map only for spans of thousands of years)
        long firstDay = Math.floorDiv(first, MICROS_PER_DAY);
        long span = first > last ? 0 : Math.floorDiv(last, MICROS_PER_DAY) - firstDay + 1;
        long[][] dayTable = span <= 1_000_000 ? new long[(int) span][] : null;
        int n = cases.stepCount();
        for (int c = 0; c < cases.caseCount(); c++) {
            if (!cases.entered(c)) {
                continue;
            }
            long day = Math.floorDiv(cases.entryMicros(c), MICROS_PER_DAY);
            long[] counts = dayTable == null ? null : dayTable[(int) (day - firstDay)];
            if (counts == null) {
                counts = byDay.computeIfAbsent(
                        day, d -> buckets.computeIfAbsent(startOf(d * MICROS_PER_DAY, period), key -> new long[n + 1]));
                if (dayTable != null) {
                    dayTable[(int) (day - firstDay)] = counts;
                }
            }
            counts[0]++;
            for (int s = 0; s < n; s++) {
                counts[s + 1] += cases.reached(c, s) ? 1 : 0;
            }
        }
        List<Point> points = new ArrayList<>();
        buckets.forEach((start, counts) -> points.add(new Point(
                Instant.ofEpochSecond(start).toString(), counts[0], Arrays.copyOfRange(counts, 1, counts.length))));
        return new ConversionTrend(period, points);
    }

    private static Period choose(long firstMicros, long lastMicros) {
        long days = firstMicros > lastMicros ? 0 : (lastMicros - firstMicros) / 86_400_000_000L;
        return days <= 90 ? Period.DAY : days <= 730 ? Period.WEEK : Period.MONTH;
    }

    /** The start of the period holding {@code micros}, in epoch seconds (UTC). */
    private static long startOf(long micros, Period period) {
        ZonedDateTime day = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L))
                .atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime start = switch (period) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
        };
        return start.toEpochSecond();
    }
}
