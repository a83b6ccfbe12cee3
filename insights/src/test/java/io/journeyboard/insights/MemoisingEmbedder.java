package io.journeyboard.insights;

import io.journeyboard.insights.embedding.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The real model, remembering every vector it made, so the test suite embeds each yelp sentence
 * once however many analyses use it. Texts not seen before go to the model in one batch.
 */
final class MemoisingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder model;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    MemoisingEmbedder(SentenceEmbedder model) {
        this.model = model;
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[][] embed(List<String> texts, LongConsumer progress) {
        List<String> missing = new ArrayList<>(
                texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList());
        float[][] computed = model.embed(missing, done -> {});
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), computed[i]);
        }
        float[][] result = texts.stream().map(vectors::get).toArray(float[][]::new);
        progress.accept(texts.size());
        return result;
    }
}
