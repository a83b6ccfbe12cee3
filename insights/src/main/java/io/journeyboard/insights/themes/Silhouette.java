package io.journeyboard.insights.themes;

import java.util.Arrays;

/**
 * The mean silhouette of a clustering: for each point, (b − a) / max(a, b) where a is its mean
 * distance to its own cluster and b to the nearest other cluster; near 1 means tight, well separated
 * clusters. Distances are cosine distances, computed once per sample and reused for every k.
 */
final class Silhouette {

    private final float[][] distances;

    Silhouette(float[][] vectors) {
        int n = vectors.length;
        distances = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float distance = (float) (1 - KMeans.dot(vectors[i], vectors[j]));
                distances[i][j] = distance;
                distances[j][i] = distance;
            }
        }
    }

    double score(int[] assignment, int k) {
        int n = assignment.length;
        int[] sizes = new int[k];
        for (int cluster : assignment) {
            sizes[cluster]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                sums[assignment[j]] += distances[i][j];
            }
            int own = assignment[i];
            if (sizes[own] <= 1) {
                continue; // a singleton's silhouette is defined as 0
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            double larger = Math.max(a, b);
            // no other cluster holds a point (k-means left them empty): nothing is separated, so 0
            total += larger == 0 || Double.isInfinite(b) ? 0 : (b - a) / larger;
        }
        return total / n;
    }
}
