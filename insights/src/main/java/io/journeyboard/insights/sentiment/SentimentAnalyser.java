package io.journeyboard.insights.sentiment;

import io.journeyboard.insights.embedding.SentenceEmbedder;

/** Scores texts with the chosen {@link SentimentMethod}; texts come with their embeddings from the same model. */
public final class SentimentAnalyser {

    private final SentimentMethod method;
    private final LexiconSentiment lexicon;
    private final AnchorSentiment anchors;

    public SentimentAnalyser(SentimentMethod method, SentenceEmbedder embedder) {
        this.method = method;
        this.lexicon = new LexiconSentiment(SentimentLexicon.load());
        this.anchors = method == SentimentMethod.LEXICON ? null : AnchorSentiment.trainedWith(embedder);
    }

    /** The sentiment of {@code text}, whose embedding (by the same embedder) is {@code embedding}. */
    public SentimentScore score(String text, float[] embedding) {
        double score = switch (method) {
            case LEXICON -> lexicon.score(text);
            case ANCHORS -> anchors.score(embedding);
            case COMBINED -> (lexicon.score(text) + anchors.score(embedding)) / 2;
        };
        return SentimentScore.of(score);
    }

    public SentimentMethod method() {
        return method;
    }
}
