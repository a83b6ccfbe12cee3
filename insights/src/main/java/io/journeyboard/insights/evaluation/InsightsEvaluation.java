package io.journeyboard.insights.evaluation;

import io.journeyboard.insights.FeedbackAnalysis;
import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.embedding.SentenceEmbedder;
import io.journeyboard.insights.report.AnalysedItem;
import io.journeyboard.insights.report.InsightReport;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Measures the analysis on feedback with known labels: runs it as {@code insights} does, then compares each
 * item's sentiment with a sentiment label ({@link SentimentAgreement}) or its theme with a known reason
 * ({@link ClusterAgreement}), whichever the labels are.
 */
public final class InsightsEvaluation {

    private final FeedbackAnalysis analysis;

    public InsightsEvaluation(SentenceEmbedder embedder, InsightOptions options) {
        this.analysis = new FeedbackAnalysis(embedder, options);
    }

    /**
     * What the analysis of {@code table} found and how it agrees with the labels.
     *
     * @param sentiment the agreement of sentiment with the labels, or empty when they are reasons, not moods
     * @param themeNmi  the NMI of the themes with the labels (reported for sentiment labels too, where it
     *                  says how far themes follow mood)
     * @param reasons   the number of distinct labels
     */
    public record Result(InsightReport report, Optional<SentimentAgreement> sentiment, double themeNmi, int reasons) {}

    public Result evaluate(LabelledTable table, LongConsumer progress) {
        InsightReport report = analysis.analyse(table.items(), progress);
        List<AnalysedItem> items = report.items();
        Optional<SentimentAgreement> sentiment = SentimentAgreement.of(
                items.stream().map(AnalysedItem::sentiment).toList(), table.labels());
        double nmi = ClusterAgreement.normalizedMutualInformation(
                items.stream().map(AnalysedItem::themeId).toList(), table.labels());
        return new Result(
                report, sentiment, nmi, (int) table.labels().stream().distinct().count());
    }
}
