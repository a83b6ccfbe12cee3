package io.journeyboard.insights.themes;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Spherical k-means on unit vectors (similarity = dot product), seeded with k-means++ so the same
 * input and seed always give the same clusters.
 */
final class KMeans {

    private static final int MAX_ITERATIONS = 50;
    /** Stop once fewer than this share of the points change cluster: later rounds barely move a theme. */
    private static final double SETTLED_SHARE = 0.002;

    private static final int PARALLEL_FROM = 4000;

    private KMeans() {}

    /** The clusters of {@code vectors}: each vector's cluster index and each cluster's unit centroid. */
    record Clusters(int[] assignment, float[][] centroids) {
        int k() {
            return centroids.length;
        }
    }

    static Clusters fit(float[][] vectors, int k, long seed) {
        Random random = new Random(seed);
        return refine(vectors, initialCentroids(vectors, k, random), random);
    }

    /** k-means started from given centroids, e.g. those fitted on a sample of the same vectors. */
    static Clusters fit(float[][] vectors, float[][] start, long seed) {
        return refine(vectors, start, new Random(seed));
    }

    private static Clusters refine(float[][] vectors, float[][] start, Random random) {
        float[][] centroids = start;
        int[] assignment = new int[vectors.length];
        Arrays.fill(assignment, -1);
        int settled = (int) (SETTLED_SHARE * vectors.length);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            int changed = assign(vectors, centroids, assignment);
            centroids = recompute(vectors, assignment, centroids, random);
            if (changed <= settled) {
                break;
            }
        }
        return new Clusters(assignment, centroids);
    }

    /** Dot product with four running sums, which the JIT can pipeline (a single sum is a serial chain). */
    static double dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    static float[] unit(double[] sum) {
        double norm = 0;
        for (double value : sum) {
            norm += value * value;
        }
        float[] unit = new float[sum.length];
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        for (int d = 0; d < sum.length; d++) {
            unit[d] = (float) (sum[d] * scale);
        }
        return unit;
    }

    /**
     * Moves every vector to its nearest centroid; returns how many moved. Large inputs are split over
     * the cores; each vector's choice is independent of the others, so the result does not change.
     */
    private static int assign(float[][] vectors, float[][] centroids, int[] assignment) {
        IntStream indices = IntStream.range(0, vectors.length);
        if (vectors.length >= PARALLEL_FROM) {
            indices = indices.parallel();
        }
        return indices.map(i -> {
                    int best = nearest(vectors[i], centroids);
                    if (best == assignment[i]) {
                        return 0;
                    }
                    assignment[i] = best;
                    return 1;
                })
                .sum();
    }

    static int nearest(float[] vector, float[][] centroids) {
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double similarity = dot(vector, centroids[c]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    private static float[][] recompute(float[][] vectors, int[] assignment, float[][] previous, Random random) {
        int dimension = vectors[0].length;
        double[][] sums = new double[previous.length][dimension];
        int[] counts = new int[previous.length];
        for (int i = 0; i < vectors.length; i++) {
            counts[assignment[i]]++;
            for (int d = 0; d < dimension; d++) {
                sums[assignment[i]][d] += vectors[i][d];
            }
        }
        float[][] centroids = new float[previous.length][];
        for (int c = 0; c < previous.length; c++) {
            // an emptied cluster restarts at a random point rather than vanishing, so k stays as chosen
            centroids[c] = counts[c] == 0 ? vectors[random.nextInt(vectors.length)].clone() : unit(sums[c]);
        }
        return centroids;
    }

    /**
     * k-means++: each next centre is drawn with probability proportional to its squared distance from the nearest
     * one.
     */
    private static float[][] initialCentroids(float[][] vectors, int k, Random random) {
        float[][] centroids = new float[k][];
        centroids[0] = vectors[random.nextInt(vectors.length)].clone();
        double[] distance = new double[vectors.length];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < vectors.length; i++) {
                double d = Math.max(0, 1 - dot(vectors[i], centroids[c - 1]));
                distance[i] = Math.min(distance[i], d * d);
                total += distance[i];
            }
            double target = random.nextDouble() * total;
            int chosen = vectors.length - 1;
            for (int i = 0; i < vectors.length; i++) {
                target -= distance[i];
                if (target <= 0) {
                    chosen = i;
                    break;
                }
            }
            centroids[c] = vectors[chosen].clone();
        }
        return centroids;
    }
}
