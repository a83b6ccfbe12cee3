package io.journeyboard.insights.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = new MiniLmEmbedder(2);
    }

    @AfterAll
    static void releaseModel() {
        embedder.close();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Test
    void givesUnitVectorsWhoseSimilarityFollowsMeaning() {
        float[][] vectors = embedder.embed(List.of(
                "The delivery arrived two days late.",
                "My parcel came much later than promised.",
                "The soup was delicious."), done -> { });

        for (float[] vector : vectors) {
            assertThat(vector).hasSize(embedder.dimension());
            assertThat(dot(vector, vector)).isCloseTo(1.0, offset(1e-4));
        }
        assertThat(dot(vectors[0], vectors[1])).isGreaterThan(dot(vectors[0], vectors[2]) + 0.2);
    }

    @Test
    void aTextGetsTheSameVectorWhateverItIsBatchedWith() {
        String text = "Checkout asked for my address three times.";
        List<String> many = new ArrayList<>(IntStream.range(0, 40).mapToObj(i -> "Filler sentence number " + i + " about nothing much at all.").toList());
        many.add(17, text);

        float[] alone = embedder.embed(text);
        float[] batched = embedder.embed(many, done -> { })[17];

        assertThat(dot(alone, batched)).isCloseTo(1.0, offset(1e-3));
    }

    @Test
    void reportsProgressInBatchesUpToTheNumberOfTexts() {
        List<Long> progress = new ArrayList<>();
        embedder.embed(IntStream.range(0, 50).mapToObj(i -> "Short text " + i).toList(), progress::add);

        assertThat(progress).hasSizeGreaterThan(1).isSorted();
        assertThat(progress.getLast()).isEqualTo(50L);
    }
}
