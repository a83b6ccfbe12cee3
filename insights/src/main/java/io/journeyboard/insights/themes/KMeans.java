package io.journeyboard.insights.themes;

import java.util.Arrays;
import java.util.Random;

/**
 * Spherical k-means on unit vectors (similarity = dot product), seeded with k-means++ so the same
 * input and seed always give the same clusters.
 */
final class KMeans {

    private static final int MAX_ITERATIONS = 50;

    private KMeans() {
    }

    /** The clusters of {@code vectors}: each vector's cluster index and each cluster's unit centroid. */
    record Clusters(int[] assignment, float[][] centroids) {
        int k() {
            return centroids.length;
        }
    }

    static Clusters fit(float[][] vectors, int k, long seed) {
        Random random = new Random(seed);
        float[][] centroids = initialCentroids(vectors, k, random);
        int[] assignment = new int[vectors.length];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = assign(vectors, centroids, assignment);
            if (!changed) {
                break;
            }
            centroids = recompute(vectors, assignment, centroids, random);
        }
        return new Clusters(assignment, centroids);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
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

    private static boolean assign(float[][] vectors, float[][] centroids, int[] assignment) {
        boolean changed = false;
        for (int i = 0; i < vectors.length; i++) {
            int best = nearest(vectors[i], centroids);
            if (best != assignment[i]) {
                assignment[i] = best;
                changed = true;
            }
        }
        return changed;
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

    /** k-means++: each next centre is drawn with probability proportional to its squared distance from the nearest one. */
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
