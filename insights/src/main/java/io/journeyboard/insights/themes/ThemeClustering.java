package io.journeyboard.insights.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups sentence embeddings into themes with spherical k-means, choosing k automatically: every k
 * from {@code minK} to {@code maxK} is fitted on a seeded sample of at most {@value #SAMPLE} vectors
 * and scored by its silhouette; then all vectors are clustered with the chosen k, starting from the
 * sample's centroids. The silhouette of sentence embeddings is nearly flat over k (0.055 to 0.07 for
 * k = 4 … 24 on the yelp sentences, with differences between seeds as large as between k), so the
 * largest k whose silhouette is within {@value #SILHOUETTE_TOLERANCE} of the best is chosen: finer
 * themes that a researcher can merge, rather than coarse ones that hide a problem. The same input
 * and seed always give the same clusters.
 */
public final class ThemeClustering {

    private static final int SAMPLE = 1500;
    /** Share of the best silhouette a larger k may lose and still be preferred. */
    static final double SILHOUETTE_TOLERANCE = 0.1;
    /** Below this many different texts a single theme is returned: there is too little to split. */
    static final int MIN_TEXTS_TO_SPLIT = 8;
    /** Five or more texts per theme, or the theme says too little. */
    private static final int MIN_TEXTS_PER_THEME = 5;

    private final long seed;
    private final int minK;
    private final int maxK;

    /**
     * @param minK fewest themes tried (at least 2)
     * @param maxK most themes tried; fewer are tried when there are fewer than five texts per theme
     */
    public ThemeClustering(long seed, int minK, int maxK) {
        if (minK < 2 || maxK < minK) {
            throw new IllegalArgumentException("need 2 <= minK <= maxK, got " + minK + ", " + maxK);
        }
        this.seed = seed;
        this.minK = minK;
        this.maxK = maxK;
    }

    /** The cluster index of each vector, clusters numbered from 0 by decreasing size. */
    public int[] cluster(float[][] vectors) {
        if (vectors.length < MIN_TEXTS_TO_SPLIT || fewerDistinctThan(vectors, MIN_TEXTS_TO_SPLIT)) {
            return new int[vectors.length];
        }
        Candidate best = bestOnSample(vectors, vectors.length);
        if (best == null) {
            return new int[vectors.length];
        }
        int k = best.centroids().length;
        // the sample's centroids are already close to the answer, so the full fit needs only a few rounds
        KMeans.Clusters clusters = vectors.length <= SAMPLE
                ? new KMeans.Clusters(best.assignment(), best.centroids())
                : KMeans.fit(vectors, best.centroids(), seed);
        return bySize(clusters.assignment(), k);
    }

    private Candidate bestOnSample(float[][] vectors, int items) {
        float[][] sample = sample(vectors);
        int upper = Math.max(2, Math.min(Math.min(maxK, sample.length / MIN_TEXTS_PER_THEME), mostThemesFor(items)));
        int lower = Math.min(minK, upper);
        Silhouette silhouette = new Silhouette(sample);
        List<Candidate> candidates = candidateKs(lower, upper)
                .parallel()
                .mapToObj(k -> {
                    KMeans.Clusters clusters = KMeans.fit(sample, k, seed + k);
                    return new Candidate(
                            clusters.assignment(), clusters.centroids(), silhouette.score(clusters.assignment(), k));
                })
                .toList();
        double best = candidates.stream()
                .mapToDouble(Candidate::silhouette)
                .filter(Double::isFinite)
                .max()
                .orElse(Double.NaN);
        if (Double.isNaN(best)) {
            return null; // no k separates the texts at all: they are one theme
        }
        double good = best - SILHOUETTE_TOLERANCE * Math.abs(best);
        return candidates.stream()
                .filter(c -> c.silhouette() >= good)
                .max(Comparator.comparingInt(c -> c.centroids().length))
                .orElseThrow();
    }

    /** Whether there are fewer than {@code enough} different vectors (the same text embeds the same). */
    private static boolean fewerDistinctThan(float[][] vectors, int enough) {
        Set<VectorKey> seen = new HashSet<>();
        for (float[] vector : vectors) {
            if (seen.add(new VectorKey(vector)) && seen.size() >= enough) {
                return false;
            }
        }
        return true;
    }

    /** A vector compared by its values, for counting different texts. */
    private record VectorKey(float[] values) {

        @Override
        public boolean equals(Object other) {
            return other instanceof VectorKey key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** More items may hold more themes: about the square root of their number (30 for 1,000, 55 for 3,000). */
    static int mostThemesFor(int items) {
        return (int) Math.round(Math.sqrt(items));
    }

    /** The k to try: every one up to 10, then steps of about 15 %, always ending with {@code upper}. */
    static IntStream candidateKs(int lower, int upper) {
        List<Integer> ks = new ArrayList<>();
        for (int k = lower; k < upper; k = Math.max(k + 1, (int) Math.round(k * 1.15))) {
            ks.add(k);
        }
        ks.add(upper);
        return ks.stream().mapToInt(Integer::intValue);
    }

    private float[][] sample(float[][] vectors) {
        if (vectors.length <= SAMPLE) {
            return vectors;
        }
        List<Integer> indices =
                new ArrayList<>(IntStream.range(0, vectors.length).boxed().toList());
        Collections.shuffle(indices, new Random(seed));
        return indices.subList(0, SAMPLE).stream().sorted().map(i -> vectors[i]).toArray(float[][]::new);
    }

    private static int[] bySize(int[] assignment, int k) {
        int[] sizes = new int[k];
        for (int cluster : assignment) {
            sizes[cluster]++;
        }
        Integer[] order = IntStream.range(0, k)
                .boxed()
                .sorted(Comparator.comparingInt((Integer c) -> -sizes[c]).thenComparingInt(c -> c))
                .toArray(Integer[]::new);
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
        }
        int[] renumbered = new int[assignment.length];
        for (int i = 0; i < assignment.length; i++) {
            renumbered[i] = rank[assignment[i]];
        }
        return renumbered;
    }

    private record Candidate(int[] assignment, float[][] centroids, double silhouette) {}
}
