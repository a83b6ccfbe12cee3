package io.journeyboard.insights.embedding;

import java.util.List;
import java.util.function.LongConsumer;

/** Turns sentences into unit-length vectors whose dot product measures how alike their meanings are. */
public interface SentenceEmbedder {

    /** Length of every vector returned. */
    int dimension();

    /**
     * One unit vector per text, in the order given; the same list of texts always gets the same
     * vectors (a text's vector may vary slightly with the texts embedded beside it).
     *
     * @param progress called on the caller's thread with the number of texts embedded so far
     */
    float[][] embed(List<String> texts, LongConsumer progress);

    /** The vector of a single text. */
    default float[] embed(String text) {
        return embed(List.of(text), done -> {})[0];
    }
}
