package io.journeyboard.insights.themes;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Parts of useful size for the sub-themes of one theme. Inside a homogeneous theme the merging of
 * {@link ThemeMerging} stops only at its floor of two parts, and k-means then often leaves a sliver (94 % and 6 % of
 * the largest theme of the yelp reviews). A part under the smallest share is kept only when it is a real outlier
 * group, unlike every other part (their alikeness under {@link ThemeMerging#MERGE_RATIO}); otherwise the theme is
 * fitted again with fewer parts, a few seeds each, until every part holds that share, and at worst halved along the
 * direction in which its items differ most.
 */
final class BalancedParts {

    private static final int SEEDS = 4;
    private static final int POWER_STEPS = 30;

    private BalancedParts() {}

    /** The assignment itself when its parts are of useful size or its small parts are outliers, else a better one. */
    static int[] of(float[][] vectors, int[] assignment, double smallestShare, long seed) {
        int k = IntStream.of(assignment).max().orElse(0) + 1;
        if (k < 2 || IntStream.range(0, k).allMatch(c -> usefulOrOutlier(vectors, assignment, k, c, smallestShare))) {
            return assignment;
        }
        for (int parts = k; parts >= 2; parts--) {
            for (int attempt = 0; attempt < SEEDS; attempt++) {
                int[] fitted =
                        KMeans.fit(vectors, parts, seed + 31L * parts + attempt).assignment();
                if (smallestShare(fitted, parts) >= smallestShare) {
                    return fitted;
                }
            }
        }
        return halves(vectors);
    }

    private static boolean usefulOrOutlier(float[][] vectors, int[] assignment, int k, int part, double smallest) {
        int size = (int) IntStream.of(assignment).filter(c -> c == part).count();
        if (size >= smallest * vectors.length) {
            return true;
        }
        return IntStream.range(0, k)
                .filter(other -> other != part)
                .allMatch(other -> ThemeMerging.alikeness(vectors, assignment, part, other) < ThemeMerging.MERGE_RATIO);
    }

    static double smallestShare(int[] assignment, int k) {
        int[] sizes = new int[k];
        for (int c : assignment) {
            sizes[c]++;
        }
        return (double) IntStream.of(sizes).min().orElse(0) / assignment.length;
    }

    /** Two halves split at the median of the items' projection on their first principal direction. */
    private static int[] halves(float[][] vectors) {
        int dims = vectors[0].length;
        double[] mean = new double[dims];
        for (float[] vector : vectors) {
            for (int d = 0; d < dims; d++) {
                mean[d] += vector[d] / vectors.length;
            }
        }
        double[] direction = new double[dims];
        Arrays.fill(direction, 1 / Math.sqrt(dims));
        for (int step = 0; step < POWER_STEPS; step++) {
            double[] next = new double[dims];
            for (float[] vector : vectors) {
                double projection = project(vector, mean, direction);
                for (int d = 0; d < dims; d++) {
                    next[d] += projection * (vector[d] - mean[d]);
                }
            }
            double norm = Math.sqrt(Arrays.stream(next).map(x -> x * x).sum());
            if (norm == 0) {
                break;
            }
            for (int d = 0; d < dims; d++) {
                direction[d] = next[d] / norm;
            }
        }
        double[] projections = Arrays.stream(vectors)
                .mapToDouble(v -> project(v, mean, direction))
                .toArray();
        Integer[] order = IntStream.range(0, vectors.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> projections[i])
                        .thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        int[] assignment = new int[vectors.length];
        for (int rank = order.length / 2; rank < order.length; rank++) {
            assignment[order[rank]] = 1;
        }
        return assignment;
    }

    private static double project(float[] vector, double[] mean, double[] direction) {
        double sum = 0;
        for (int d = 0; d < direction.length; d++) {
            sum += (vector[d] - mean[d]) * direction[d];
        }
        return sum;
    }
}
