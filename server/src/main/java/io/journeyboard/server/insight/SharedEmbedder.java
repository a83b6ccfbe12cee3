package io.journeyboard.server.insight;

import io.journeyboard.insights.FeedbackAnalysis;
import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.embedding.MiniLmEmbedder;

/**
 * The sentence-embedding model, loaded on the first insights request rather than at start-up (it
 * takes about a second and most starts never need it), then shared by all requests.
 */
public final class SharedEmbedder implements AutoCloseable {

    private MiniLmEmbedder embedder;

    public synchronized MiniLmEmbedder get() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    /** The feedback analysis the server runs (default options) over the shared model. */
    public FeedbackAnalysis analysis() {
        return new FeedbackAnalysis(get(), InsightOptions.DEFAULT);
    }

    @Override
    public synchronized void close() {
        if (embedder != null) {
            embedder.close();
            embedder = null;
        }
    }
}
