package io.journeyboard.analytics;

import java.util.Arrays;

/**
 * Minimum, median, 90th percentile and maximum of a set of values. Percentiles interpolate linearly
 * between the two nearest ranks (rank {@code p·(n-1)}), so the median of an even count is the mean of
 * the two middle values.
 */
public record Distribution(double min, double median, double p90, double max) {

    public static final Distribution EMPTY = new Distribution(0, 0, 0, 0);

    /**
     * Summarises {@code values}, reordering them in place: the percentiles' ranks are selected (quickselect)
     * rather than the whole array sorted, which is what a funnel of a few hundred thousand cases would cost.
     */
    public static Distribution of(double[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        double median = percentileOf(values, 0.5);
        double p90 = percentileOf(values, 0.9);
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Distribution(min, median, p90, max);
    }

    /** The {@code p} percentile of unsorted values, as {@link #percentile} would give on them sorted. */
    private static double percentileOf(double[] values, double p) {
        double rank = p * (values.length - 1);
        int low = (int) Math.floor(rank);
        double lowValue = select(values, low);
        if (low + 1 >= values.length) {
            return lowValue;
        }
        // after selecting rank low, every value above it is at or after low + 1: the next rank is their least
        double next = Double.POSITIVE_INFINITY;
        for (int i = low + 1; i < values.length; i++) {
            next = Math.min(next, values[i]);
        }
        return between(lowValue, next, rank - low);
    }

    /** Moves the {@code k}-th smallest value to index {@code k}, smaller ones before it and larger after it. */
    private static double select(double[] values, int k) {
        int lo = 0;
        int hi = values.length - 1;
        while (hi > lo) {
            if (hi - lo < 16) {
                Arrays.sort(values, lo, hi + 1);
                return values[k];
            }
            double pivot = medianOfThree(values[lo], values[(lo + hi) >>> 1], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (Double.compare(values[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(values[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /** The {@code p} percentile of sorted values, interpolated. */
    public static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(sorted.length - 1, low + 1);
        return between(sorted[low], sorted[high], rank - low);
    }

    /** The value {@code fraction} of the way from {@code low} to {@code high}: how percentiles interpolate. */
    public static double between(double low, double high, double fraction) {
        return low + (high - low) * fraction;
    }
}
