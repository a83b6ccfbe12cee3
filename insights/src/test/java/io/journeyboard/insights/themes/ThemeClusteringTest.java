package io.journeyboard.insights.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThemeClusteringTest {

    /** {@code perCluster} noisy unit vectors around each of {@code k} orthogonal directions. */
    private static float[][] separatedClusters(int k, int perCluster, long seed) {
        Random random = new Random(seed);
        float[][] vectors = new float[k * perCluster][];
        for (int i = 0; i < vectors.length; i++) {
            double[] vector = new double[16];
            vector[i % k] = 1;
            for (int d = 0; d < vector.length; d++) {
                vector[d] += random.nextGaussian() * 0.05;
            }
            vectors[i] = KMeans.unit(vector);
        }
        return vectors;
    }

    @Test
    void findsTheNumberOfWellSeparatedGroups() {
        float[][] vectors = separatedClusters(6, 30, 1);

        int[] assignment = new ThemeClustering(42, 2, 12).cluster(vectors);

        assertThat(IntStream.of(assignment).distinct().count()).isEqualTo(6);
        for (int i = 0; i < vectors.length; i++) {
            // members of one true group share a cluster
            assertThat(assignment[i]).isEqualTo(assignment[i % 6]);
        }
    }

    @Test
    void manyCopiesOfOneTextAreOneThemeNotAFailure() {
        float[][] same = new float[12][];
        float[][] fewDifferent = new float[14][];
        for (int i = 0; i < fewDifferent.length; i++) {
            double[] vector = new double[16];
            vector[i < 12 ? 0 : i - 10] = 1;
            fewDifferent[i] = KMeans.unit(vector);
            if (i < 12) {
                same[i] = fewDifferent[i];
            }
        }

        assertThat(new ThemeClustering(42, 2, 12).cluster(same)).containsOnly(0).hasSize(12);
        assertThat(new ThemeClustering(42, 2, 12).cluster(fewDifferent))
                .containsOnly(0)
                .hasSize(14);
    }

    @Test
    void sameInputAndSeedGiveTheSameClusters() {
        float[][] vectors = separatedClusters(5, 40, 7);

        assertThat(new ThemeClustering(3, 2, 10).cluster(vectors))
                .containsExactly(new ThemeClustering(3, 2, 10).cluster(vectors));
    }

    @Test
    void numbersClustersByDecreasingSize() {
        float[][] big = separatedClusters(2, 60, 3);
        float[][] vectors = Arrays.copyOf(big, 90);

        int[] assignment = new ThemeClustering(42, 2, 4).cluster(vectors);

        long first = IntStream.of(assignment).filter(c -> c == 0).count();
        long second = IntStream.of(assignment).filter(c -> c == 1).count();
        assertThat(first).isGreaterThanOrEqualTo(second);
    }

    @Test
    void keepsAHandfulOfTextsInOneTheme() {
        float[][] vectors = separatedClusters(3, 2, 5);

        assertThat(new ThemeClustering(42, 2, 10).cluster(vectors)).containsOnly(0);
    }
}
