package io.journeyboard.insights.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A three-class (negative, neutral, positive) multinomial logistic regression over a text's sentence
 * embedding and its {@link SentimentFeatures}. The weights are trained offline by
 * {@code SentimentTraining} and ship as the resource {@value #RESOURCE}, one line per input with the
 * weight of each class, so a change of model is a readable diff. Immutable and thread-safe.
 */
public final class SentimentModel {

    static final String RESOURCE = "sentiment-model.tsv";
    /** The classes in the order of the weight columns and of {@link #probabilities}. */
    public static final List<SentimentLabel> CLASSES =
            List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);
    /** Embeddings are unit vectors; scaled up, their weights are of the size of the lexical features' ones. */
    static final double EMBEDDING_SCALE = 5;

    private final int dimension;
    private final double[][] weights;

    /**
     * @param weights one row per input (the embedding's dimensions, then the features, then the bias), one column per
     * class
     */
    SentimentModel(int dimension, double[][] weights) {
        if (weights.length != dimension + SentimentFeatures.NAMES.size() + 1) {
            throw new IllegalArgumentException("a model over " + dimension + " dimensions needs "
                    + (dimension + SentimentFeatures.NAMES.size() + 1) + " weight rows, got " + weights.length);
        }
        this.dimension = dimension;
        this.weights = weights;
    }

    /** The model shipped with this module. */
    public static SentimentModel load() {
        try (InputStream in = SentimentModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sentiment model " + RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                double[] row = new double[CLASSES.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = Double.parseDouble(cells[c + 1]);
                }
                rows.add(row);
            }
            return new SentimentModel(rows.size() - SentimentFeatures.NAMES.size() - 1, rows.toArray(double[][]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs of the model for one text: the scaled embedding, then the features. */
    static double[] inputs(float[] embedding, double[] features) {
        double[] inputs = new double[embedding.length + features.length];
        for (int d = 0; d < embedding.length; d++) {
            inputs[d] = embedding[d] * EMBEDDING_SCALE;
        }
        System.arraycopy(features, 0, inputs, embedding.length, features.length);
        return inputs;
    }

    /** The probability of each of {@link #CLASSES}. */
    public double[] probabilities(float[] embedding, double[] features) {
        if (embedding.length != dimension) {
            throw new IllegalArgumentException(
                    "the model expects " + dimension + "-dimensional embeddings, got " + embedding.length);
        }
        return softmax(weights, inputs(embedding, features));
    }

    static double[] softmax(double[][] weights, double[] inputs) {
        int classes = weights[0].length;
        double[] logits = new double[classes];
        for (int c = 0; c < classes; c++) {
            double sum = weights[inputs.length][c];
            for (int i = 0; i < inputs.length; i++) {
                sum += weights[i][c] * inputs[i];
            }
            logits[c] = sum;
        }
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double total = 0;
        for (int c = 0; c < classes; c++) {
            logits[c] = Math.exp(logits[c] - max);
            total += logits[c];
        }
        for (int c = 0; c < classes; c++) {
            logits[c] /= total;
        }
        return logits;
    }

    /** Writes weights in the resource's format, with {@code comment} lines (the training data and figures) first. */
    static void write(double[][] weights, int dimension, List<String> comment, Writer out) throws IOException {
        for (String line : comment) {
            out.write("# " + line + "\n");
        }
        out.write("# input\tnegative\tneutral\tpositive\n");
        for (int i = 0; i < weights.length; i++) {
            String name = i < dimension
                    ? "e" + i
                    : i < dimension + SentimentFeatures.NAMES.size()
                            ? SentimentFeatures.NAMES.get(i - dimension)
                            : "bias";
            out.write(name);
            for (double weight : weights[i]) {
                out.write(String.format(Locale.ROOT, "\t%.6g", weight));
            }
            out.write("\n");
        }
    }
}
