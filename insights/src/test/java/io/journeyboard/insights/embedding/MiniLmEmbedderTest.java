package io.journeyboard.insights.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
        float[][] vectors = embedder.embed(
                List.of(
                        "The delivery arrived two days late.",
                        "My parcel came much later than promised.",
                        "The soup was delicious."),
                done -> {});

        for (float[] vector : vectors) {
            assertThat(vector).hasSize(embedder.dimension());
            assertThat(dot(vector, vector)).isCloseTo(1.0, offset(1e-4));
        }
        assertThat(dot(vectors[0], vectors[1])).isGreaterThan(dot(vectors[0], vectors[2]) + 0.2);
    }

    @Test
    void theSameTextsAlwaysGetTheSameVectors() {
        List<String> texts = fillersAround("Checkout asked for my address three times.");

        float[][] first = embedder.embed(texts, done -> {});
        float[][] second = embedder.embed(texts, done -> {});

        for (int i = 0; i < texts.size(); i++) {
            assertThat(second[i]).as("text %d", i).containsExactly(first[i]);
        }
    }

    @Test
    void aTextInABatchKeepsTheMeaningItHasAlone() {
        String text = "Checkout asked for my address three times.";
        List<String> texts = fillersAround(text);

        float[] alone = embedder.embed(text);
        float[] batched = embedder.embed(texts, done -> {})[7];

        // quantization per run moves a vector by about as much as quantization itself, no more
        assertThat(dot(alone, batched)).isGreaterThan(0.95);
        assertThat(dot(alone, batched)).isGreaterThan(dot(alone, embedder.embed("The soup was delicious.")) + 0.5);
    }

    /** Fillers as long as the text (one-token words swapped in), so that it runs in a batch with them. */
    private static List<String> fillersAround(String text) {
        List<String> texts = new ArrayList<>(Stream.of(
                        "name", "phone", "card", "city", "age", "code", "number", "date", "bank", "house", "car", "job")
                .map(word -> text.replace("address", word))
                .toList());
        texts.add(7, text);
        return texts;
    }

    @Test
    void reportsProgressInBatchesUpToTheNumberOfTexts() {
        List<Long> progress = new ArrayList<>();
        embedder.embed(IntStream.range(0, 50).mapToObj(i -> "Short text " + i).toList(), progress::add);

        assertThat(progress).hasSizeGreaterThan(1).isSorted();
        assertThat(progress.getLast()).isEqualTo(50L);
    }
}
