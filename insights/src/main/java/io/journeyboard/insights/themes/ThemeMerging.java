package io.journeyboard.insights.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the clusters of a deliberately fine clustering until what is left are themes that differ: the two
 * clusters whose items are most alike across are merged, one pair at a time, while the mean similarity of an item
 * of one to an item of the other is at least {@value #MERGE_RATIO} of the mean similarity within them (the
 * geometric mean of the two). The ratio does not grow or shrink with the number of items, so homogeneous feedback
 * (restaurant reviews) merges into a few themes, diverse feedback (questions on every part of a bank's service)
 * keeps many, and more items, which start finer, keep more.
 */
final class ThemeMerging {

    /** Clusters this alike across, relative to within, say the same thing. */
    static final double MERGE_RATIO = 0.75;

    private ThemeMerging() {}

    /**
     * The unit centroids of the clusters left after merging, at least {@code fewest} of them (or all there are).
     *
     * @param assignment each vector's cluster, 0 … k−1; empty clusters are dropped
     */
    static float[][] merge(float[][] vectors, int[] assignment, int k, int fewest) {
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            groups.add(new Group(new double[vectors[0].length]));
        }
        for (int i = 0; i < vectors.length; i++) {
            groups.get(assignment[i]).add(vectors[i]);
        }
        groups.removeIf(group -> group.size == 0);
        while (groups.size() > fewest) {
            int first = -1;
            int second = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double ratio = groups.get(a).alikeness(groups.get(b));
                    if (ratio > best) {
                        best = ratio;
                        first = a;
                        second = b;
                    }
                }
            }
            if (best < MERGE_RATIO) {
                break;
            }
            groups.get(first).absorb(groups.remove(second));
        }
        return groups.stream().map(group -> KMeans.unit(group.sum)).toArray(float[][]::new);
    }

    /** Mean similarity across the clusters {@code a} and {@code b} over the mean similarity within them. */
    static double alikeness(float[][] vectors, int[] assignment, int a, int b) {
        Group first = new Group(new double[vectors[0].length]);
        Group second = new Group(new double[vectors[0].length]);
        for (int i = 0; i < vectors.length; i++) {
            if (assignment[i] == a) {
                first.add(vectors[i]);
            } else if (assignment[i] == b) {
                second.add(vectors[i]);
            }
        }
        return first.alikeness(second);
    }

    /** A cluster as the sum of its unit vectors: enough for the mean similarities within and across. */
    private static final class Group {
        private final double[] sum;
        private int size;

        Group(double[] sum) {
            this.sum = sum;
        }

        void add(float[] vector) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vector[d];
            }
            size++;
        }

        void absorb(Group other) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += other.sum[d];
            }
            size += other.size;
        }

        /** Mean cosine of two different items of the group (the sum's square counts each item with itself too). */
        double within() {
            double square = 0;
            for (double value : sum) {
                square += value * value;
            }
            return (square - size) / ((double) size * (size - 1));
        }

        /** Mean similarity across over mean similarity within; a single item borrows the other group's within. */
        double alikeness(Group other) {
            double across = 0;
            for (int d = 0; d < sum.length; d++) {
                across += sum[d] * other.sum[d];
            }
            across /= (double) size * other.size;
            double mine = size > 1 ? within() : other.within();
            double theirs = other.size > 1 ? other.within() : mine;
            return across / Math.sqrt(Math.max(1e-6, mine) * Math.max(1e-6, theirs));
        }
    }
}
