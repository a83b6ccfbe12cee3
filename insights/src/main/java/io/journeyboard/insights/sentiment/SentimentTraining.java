package io.journeyboard.insights.sentiment;

import io.journeyboard.insights.embedding.MiniLmEmbedder;
import io.journeyboard.insights.text.SocialText;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Retrains the shipped {@link SentimentModel} (run by {@code tools/retrain-sentiment}): reads three-class
 * labelled tables ({@code id,label,text}, labels {@code negative}, {@code neutral}, {@code positive}) and
 * two-class sentence files ({@code sentence<TAB>1} or {@code 0}, as the UCI sentiment sentences), keeps the
 * rows of {@link #isTraining}, embeds their cleaned text, fits a multinomial logistic regression with L2
 * penalty by full-batch gradient descent (deterministic: no sampling), and writes the weights. The rows left
 * out are the held-out set that {@code insights-eval} reports on.
 */
public final class SentimentTraining {

    static final double L2 = 0.01;
    static final int ROUNDS = 400;
    static final double STEP = 1.0;
    static final double MOMENTUM = 0.9;

    private SentimentTraining() {}

    /** Arguments: the model file to write, then the labelled tables. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SentimentTraining MODEL_OUT LABELLED.csv...");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            int before = texts.size();
            read(Path.of(args[a]), texts, labels);
            comment.add("trained on " + (texts.size() - before) + " rows of "
                    + Path.of(args[a]).getFileName());
        }
        LexiconSentiment lexicon = new LexiconSentiment(SentimentLexicon.load());
        SentimentFeatures features = new SentimentFeatures(lexicon);
        float[][] embeddings;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            embeddings = embedder.embed(texts.stream().map(SocialText::clean).toList(), done -> {});
        }
        double[][] inputs = new double[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            inputs[i] = SentimentModel.inputs(embeddings[i], features.of(texts.get(i)));
        }
        double[][] weights =
                fit(inputs, labels.stream().mapToInt(Integer::intValue).toArray());
        comment.add(String.format(
                Locale.ROOT, "multinomial logistic regression, L2 %.3g, %d rounds of gradient descent", L2, ROUNDS));
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            SentimentModel.write(weights, embeddings[0].length, comment, out);
        }
        System.err.println("wrote " + args[0] + " from " + texts.size() + " texts");
    }

    /**
     * The rows a model learns from: every row of a validation table; of a test table the rows with an even number
     * in their id ({@code test0}, {@code test2}, …); of a sentence file the lines with an even index (the first,
     * third, …). The other rows stay held out for evaluation.
     */
    public static boolean isTraining(String file, String id) {
        if (!file.contains("test") && !file.endsWith(".txt")) {
            return true;
        }
        String digits = id.replaceAll("\\D", "");
        return !digits.isEmpty() && Long.parseLong(digits) % 2 == 0;
    }

    private static void read(Path path, List<String> texts, List<Integer> labels) throws IOException {
        String file = path.getFileName().toString();
        if (file.endsWith(".txt")) {
            List<LabelledText> sentences = SentimentEvaluation.readLabelled(path);
            for (int i = 0; i < sentences.size(); i++) {
                if (isTraining(file, Integer.toString(i))) {
                    texts.add(sentences.get(i).text());
                    labels.add(SentimentModel.CLASSES.indexOf(
                            sentences.get(i).positive() ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE));
                }
            }
            return;
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                if (isTraining(file, row.get("id"))) {
                    texts.add(row.get("text"));
                    labels.add(SentimentModel.CLASSES.indexOf(
                            SentimentLabel.valueOf(row.get("label").toUpperCase(Locale.ROOT))));
                }
            }
        }
    }

    /** Weights minimising the mean cross-entropy plus L2/2 times the squared weights (the bias is not penalised). */
    static double[][] fit(double[][] inputs, int[] labels) {
        int n = inputs.length;
        int width = inputs[0].length;
        int classes = SentimentModel.CLASSES.size();
        // class-major here (one row per class) for speed; the model file is input-major
        double[][] weights = new double[classes][width + 1];
        double[][] velocity = new double[classes][width + 1];
        double[] logits = new double[classes];
        for (int round = 0; round < ROUNDS; round++) {
            double[][] gradient = new double[classes][width + 1];
            for (int i = 0; i < n; i++) {
                double[] x = inputs[i];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    double sum = weights[c][width];
                    double[] w = weights[c];
                    for (int j = 0; j < width; j++) {
                        sum += w[j] * x[j];
                    }
                    logits[c] = sum;
                    max = Math.max(max, sum);
                }
                double total = 0;
                for (int c = 0; c < classes; c++) {
                    logits[c] = Math.exp(logits[c] - max);
                    total += logits[c];
                }
                for (int c = 0; c < classes; c++) {
                    double error = (logits[c] / total - (labels[i] == c ? 1 : 0)) / n;
                    double[] g = gradient[c];
                    for (int j = 0; j < width; j++) {
                        g[j] += error * x[j];
                    }
                    g[width] += error;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j <= width; j++) {
                    double g = gradient[c][j] + (j < width ? L2 * weights[c][j] : 0);
                    velocity[c][j] = MOMENTUM * velocity[c][j] - STEP * g;
                    weights[c][j] += velocity[c][j];
                }
            }
        }
        double[][] byInput = new double[width + 1][classes];
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j <= width; j++) {
                byInput[j][c] = weights[c][j];
            }
        }
        return byInput;
    }
}
