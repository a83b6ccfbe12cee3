/**
 * Sentence embeddings: {@link io.journeyboard.insights.embedding.SentenceEmbedder} turns sentences into unit vectors
 * whose dot product measures how alike they are, and {@link io.journeyboard.insights.embedding.MiniLmEmbedder}
 * implements it with the quantized all-MiniLM-L6-v2 model shipped in a jar, run in process on ONNX Runtime. Nothing
 * here goes over the network; sentiment, themes and placement depend only on the interface.
 */
package io.journeyboard.insights.embedding;
