package io.journeyboard.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The selected percentiles are those of the sorted values, for any size and with many equal values. */
class DistributionTest {

    private static Distribution bySorting(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Distribution(
                sorted[0],
                Distribution.percentile(sorted, 0.5),
                Distribution.percentile(sorted, 0.9),
                sorted[sorted.length - 1]);
    }

    @Test
    void selectedPercentilesEqualThoseOfTheSortedValues() {
        Random random = new Random(7);
        for (int n = 1; n <= 300; n++) {
            for (int distinct : new int[] {1, 3, 1000}) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = random.nextInt(distinct) * 1.5;
                }
                Distribution expected = bySorting(values);
                assertThat(Distribution.of(values))
                        .as("n=%d distinct=%d", n, distinct)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aLargeSortedOrReversedInputIsSummarisedExactly() {
        double[] ascending = new double[200_001];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = i;
        }
        double[] descending = ascending.clone();
        for (int i = 0; i < descending.length; i++) {
            descending[i] = ascending.length - 1 - i;
        }

        assertThat(Distribution.of(ascending)).isEqualTo(new Distribution(0, 100_000, 180_000, 200_000));
        assertThat(Distribution.of(descending)).isEqualTo(new Distribution(0, 100_000, 180_000, 200_000));
    }
}
