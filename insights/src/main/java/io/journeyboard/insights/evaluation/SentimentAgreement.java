package io.journeyboard.insights.evaluation;

import io.journeyboard.insights.sentiment.SentimentLabel;
import io.journeyboard.insights.sentiment.SentimentModel;
import io.journeyboard.insights.sentiment.SentimentScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How well sentiment agrees with known labels: accuracy, and precision, recall and F1 per class with their
 * mean (macro-F1). Known labels are {@code negative}, {@code neutral}, {@code positive} (or {@code neg},
 * {@code neu}, {@code pos}, {@code -1}, {@code 0}, {@code 1}); a set with only two values of {@code 0} and
 * {@code 1} is positive/negative, as the UCI sentences. With no neutral label in the set, an item counts as
 * positive when its score is above 0 and negative otherwise: the question is then only which way it leans.
 *
 * @param classes the classes present, in the order negative, neutral, positive
 * @param counts  {@code counts[known][found]} over {@code classes}
 */
public record SentimentAgreement(List<SentimentLabel> classes, int[][] counts) {

    /** Precision, recall and F1 of one class. */
    public record ClassScore(SentimentLabel label, int items, double precision, double recall, double f1) {}

    /** The agreement of {@code scores} with {@code known}, or empty when a known label is no sentiment label. */
    public static Optional<SentimentAgreement> of(List<SentimentScore> scores, List<String> known) {
        boolean binary = known.stream().allMatch(label -> label.equals("0") || label.equals("1"));
        List<SentimentLabel> labels = new ArrayList<>();
        for (String label : known) {
            Optional<SentimentLabel> parsed = binary
                    ? Optional.of(label.equals("1") ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE)
                    : parse(label);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            labels.add(parsed.get());
        }
        boolean threeClass = labels.contains(SentimentLabel.NEUTRAL);
        List<SentimentLabel> classes =
                threeClass ? SentimentModel.CLASSES : List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
        int[][] counts = new int[classes.size()][classes.size()];
        for (int i = 0; i < labels.size(); i++) {
            SentimentScore score = scores.get(i);
            SentimentLabel found =
                    threeClass ? score.label() : score.score() > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            counts[classes.indexOf(labels.get(i))][classes.indexOf(found)]++;
        }
        return Optional.of(new SentimentAgreement(classes, counts));
    }

    private static Optional<SentimentLabel> parse(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "negative", "neg", "-1" -> Optional.of(SentimentLabel.NEGATIVE);
            case "neutral", "neu", "0" -> Optional.of(SentimentLabel.NEUTRAL);
            case "positive", "pos", "1" -> Optional.of(SentimentLabel.POSITIVE);
            default -> Optional.empty();
        };
    }

    public int items() {
        int items = 0;
        for (int[] row : counts) {
            for (int count : row) {
                items += count;
            }
        }
        return items;
    }

    public double accuracy() {
        int right = 0;
        for (int c = 0; c < classes.size(); c++) {
            right += counts[c][c];
        }
        return items() == 0 ? 0 : (double) right / items();
    }

    public List<ClassScore> perClass() {
        List<ClassScore> scores = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            int known = 0;
            int found = 0;
            for (int other = 0; other < classes.size(); other++) {
                known += counts[c][other];
                found += counts[other][c];
            }
            double precision = found == 0 ? 0 : (double) counts[c][c] / found;
            double recall = known == 0 ? 0 : (double) counts[c][c] / known;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new ClassScore(classes.get(c), known, precision, recall, f1));
        }
        return scores;
    }

    public double macroF1() {
        return perClass().stream().mapToDouble(ClassScore::f1).average().orElse(0);
    }
}
