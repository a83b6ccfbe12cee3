package io.journeyboard.insights.sentiment;

import io.journeyboard.insights.embedding.SentenceEmbedder;

/** Scores texts with the chosen {@link SentimentMethod}; texts come with their embeddings from the same model. */
public final class SentimentAnalyser {

    private final SentimentMethod method;
    private final LexiconSentiment lexicon;
    private final AnchorSentiment anchors;
    private final SentimentModel model;
    private final SentimentFeatures features;

    public SentimentAnalyser(SentimentMethod method, SentenceEmbedder embedder) {
        this.method = method;
        this.lexicon = new LexiconSentiment(SentimentLexicon.load());
        this.anchors = method == SentimentMethod.ANCHORS || method == SentimentMethod.COMBINED
                ? AnchorSentiment.trainedWith(embedder)
                : null;
        this.model = method == SentimentMethod.MODEL ? SentimentModel.load() : null;
        this.features = new SentimentFeatures(lexicon);
    }

    /**
     * The sentiment of {@code text}, whose embedding (by the same embedder, of its cleaned text) is
     * {@code embedding}. The model's score is P(positive) − P(negative) and its label the likeliest class; the
     * other methods' label follows from the score.
     */
    public SentimentScore score(String text, float[] embedding) {
        return switch (method) {
            case MODEL -> {
                double[] p = model.probabilities(embedding, features.of(text));
                int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
                yield SentimentScore.of(p[2] - p[0], SentimentModel.CLASSES.get(best));
            }
            case LEXICON -> SentimentScore.of(lexicon.score(text));
            case ANCHORS -> SentimentScore.of(anchors.score(embedding));
            case COMBINED -> SentimentScore.of((lexicon.score(text) + anchors.score(embedding)) / 2);
        };
    }

    public SentimentMethod method() {
        return method;
    }
}
