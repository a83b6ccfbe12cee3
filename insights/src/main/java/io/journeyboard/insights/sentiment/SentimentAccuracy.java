package io.journeyboard.insights.sentiment;

/**
 * How well one method told positive from negative texts. A text is judged positive when its score
 * is above 0 and negative when below; a score of exactly 0 is {@code undecided} and counts as wrong.
 */
public record SentimentAccuracy(SentimentMethod method, int total, int correct, int undecided) {

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }
}
