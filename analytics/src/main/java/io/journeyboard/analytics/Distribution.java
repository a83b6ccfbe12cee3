package io.journeyboard.analytics;

import java.util.Arrays;

/**
 * Minimum, median, 90th percentile and maximum of a set of values. Percentiles interpolate linearly
 * between the two nearest ranks (rank {@code p·(n-1)}), so the median of an even count is the mean of
 * the two middle values.
 */
public record Distribution(double min, double median, double p90, double max) {

    public static final Distribution EMPTY = new Distribution(0, 0, 0, 0);

    /** Sorts {@code values} in place and summarises them. */
    public static Distribution of(double[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        Arrays.sort(values);
        return new Distribution(values[0], percentile(values, 0.5), percentile(values, 0.9), values[values.length - 1]);
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
