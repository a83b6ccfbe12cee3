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
 * Groups sentence embeddings into themes with spherical k-means, the number of themes following the data: a seeded
 * sample of at most {@value #SAMPLE} vectors is first clustered finely, into about the square root of the number of
 * items (30 for 1,000), then clusters that say the same thing are merged ({@link ThemeMerging}), and all vectors
 * are clustered starting from the centroids left. More items start finer and more diverse items merge less, so both
 * give more themes; few, alike items keep {@code minK}. (The silhouette, used before, is nearly flat over k on
 * sentence embeddings, 0.05 to 0.08 for k = 4 … 30 on the yelp sentences with differences between seeds as large as
 * between k, so the k it chose jumped between 4 and 12 from one sample of 300 reviews to the next.) The same input
 * and seed always give the same clusters.
 */
public final class ThemeClustering {

    private static final int SAMPLE = 1500;
    /** Below this many different texts a single theme is returned: there is too little to split. */
    static final int MIN_TEXTS_TO_SPLIT = 8;
    /** Five or more texts per theme in the fine clustering, or the theme says too little. */
    private static final int MIN_TEXTS_PER_THEME = 5;

    private final long seed;
    private final int minK;
    private final int maxK;
    private final double smallestShare;

    /**
     * @param minK fewest themes kept when merging (at least 2), unless there are too few texts for them
     * @param maxK most themes; fewer when there are fewer than five texts per theme
     */
    public ThemeClustering(long seed, int minK, int maxK) {
        this(seed, minK, maxK, 0);
    }

    private ThemeClustering(long seed, int minK, int maxK, double smallestShare) {
        if (minK < 2 || maxK < minK) {
            throw new IllegalArgumentException("need 2 <= minK <= maxK, got " + minK + ", " + maxK);
        }
        this.seed = seed;
        this.minK = minK;
        this.maxK = maxK;
        this.smallestShare = smallestShare;
    }

    /**
     * The same clustering whose clusters each hold at least {@code share} of the vectors unless a small one is an
     * outlier group unlike all others ({@link BalancedParts}): for the parts of one theme, where a sliver tells
     * nothing.
     */
    public ThemeClustering withPartsOfAtLeast(double share) {
        return new ThemeClustering(seed, minK, maxK, share);
    }

    /** The cluster index of each vector, clusters numbered from 0 by decreasing size. */
    public int[] cluster(float[][] vectors) {
        if (vectors.length < MIN_TEXTS_TO_SPLIT || fewerDistinctThan(vectors, MIN_TEXTS_TO_SPLIT)) {
            return new int[vectors.length];
        }
        float[][] sample = sample(vectors);
        int finest = Math.max(
                2, Math.min(Math.min(maxK, sample.length / MIN_TEXTS_PER_THEME), mostThemesFor(vectors.length)));
        KMeans.Clusters fine = KMeans.fit(sample, finest, seed + finest);
        float[][] merged = ThemeMerging.merge(sample, fine.assignment(), finest, Math.min(minK, finest));
        KMeans.Clusters clusters = KMeans.fit(vectors, merged, seed);
        int[] assignment = clusters.assignment();
        if (smallestShare > 0) {
            assignment = BalancedParts.of(vectors, assignment, smallestShare, seed);
        }
        return bySize(assignment, IntStream.of(assignment).max().orElse(0) + 1);
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

    /** More items may hold more themes: the fine clustering has about the square root of their number. */
    static int mostThemesFor(int items) {
        return (int) Math.round(Math.sqrt(items));
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
}
