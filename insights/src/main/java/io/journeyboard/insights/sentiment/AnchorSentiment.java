package io.journeyboard.insights.sentiment;

import io.journeyboard.insights.embedding.SentenceEmbedder;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Sentiment from sentence embeddings: a text's position along the line from the mean of negative
 * anchor sentences to the mean of positive ones. The anchors are short, generic statements about a
 * product or service written for this purpose (never taken from an evaluation set), so the method
 * needs no training data. The projection is scaled so that an anchor lands near ±0.8.
 */
public final class AnchorSentiment {

    static final List<String> POSITIVE = List.of(
            "I love it, it is excellent.",
            "Great service, very friendly and helpful staff.",
            "This was a wonderful experience.",
            "Everything worked perfectly and quickly.",
            "I am very happy with the result.",
            "Highly recommended, I will come back.",
            "The quality is amazing and worth the price.",
            "Fast, easy and pleasant.",
            "They solved my problem right away, thank you.",
            "Best purchase I have made this year.",
            "The support team was kind and patient.",
            "It was delicious and fresh.",
            "Simple to set up and a joy to use.",
            "I was impressed by how smooth it was.",
            "Good value, nice people, great place.");

    static final List<String> NEGATIVE = List.of(
            "I hate it, it is terrible.",
            "Awful service, rude and unhelpful staff.",
            "This was a horrible experience.",
            "Nothing worked and it was very slow.",
            "I am very disappointed with the result.",
            "Not recommended, I will never come back.",
            "The quality is poor and a waste of money.",
            "Slow, confusing and frustrating.",
            "They ignored my problem for weeks.",
            "Worst purchase I have made this year.",
            "The support team was rude and dismissive.",
            "It was bland, cold and stale.",
            "Impossible to set up and a pain to use.",
            "I was annoyed by how broken it was.",
            "Overpriced, unpleasant people, bad place.");

    private static final double ANCHOR_SCORE = 0.8;

    private final float[] direction;
    private final double offset;
    private final double scale;

    private AnchorSentiment(float[] direction, double offset, double scale) {
        this.direction = direction;
        this.offset = offset;
        this.scale = scale;
    }

    /** Embeds the anchors with {@code embedder}; texts to score must be embedded by the same model. */
    public static AnchorSentiment trainedWith(SentenceEmbedder embedder) {
        LongConsumer quiet = done -> {};
        float[][] positive = embedder.embed(POSITIVE, quiet);
        float[][] negative = embedder.embed(NEGATIVE, quiet);
        int dimension = embedder.dimension();
        float[] positiveMean = mean(positive, dimension);
        float[] negativeMean = mean(negative, dimension);
        float[] direction = new float[dimension];
        double offset = 0;
        for (int d = 0; d < dimension; d++) {
            direction[d] = positiveMean[d] - negativeMean[d];
            offset += direction[d] * (positiveMean[d] + negativeMean[d]) / 2;
        }
        double spread = 0;
        for (float[] anchor : positive) {
            spread += dot(anchor, direction) - offset;
        }
        for (float[] anchor : negative) {
            spread += offset - dot(anchor, direction);
        }
        spread /= positive.length + negative.length;
        double scale = atanh(ANCHOR_SCORE) / spread;
        return new AnchorSentiment(direction, offset, scale);
    }

    /** The score in −1 … 1 of a text given its embedding. */
    public double score(float[] embedding) {
        return Math.tanh(scale * (dot(embedding, direction) - offset));
    }

    private static float[] mean(float[][] vectors, int dimension) {
        float[] mean = new float[dimension];
        for (float[] vector : vectors) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += vector[d] / vectors.length;
            }
        }
        return mean;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
