package io.journeyboard.cli.insights;

import io.journeyboard.cli.LibraryLogging;
import io.journeyboard.cli.ProgressBar;
import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.embedding.MiniLmEmbedder;
import io.journeyboard.insights.evaluation.InsightsEvaluation;
import io.journeyboard.insights.evaluation.LabelledTable;
import io.journeyboard.insights.evaluation.SentimentAgreement;
import io.journeyboard.insights.evaluation.SentimentAgreement.ClassScore;
import io.journeyboard.insights.evaluation.TweetStyle;
import io.journeyboard.insights.themes.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard insights-eval FILE --label COL}: runs the analysis on labelled feedback and prints how its
 * sentiment (per class and macro-F1) or its themes (normalized mutual information) agree with the labels.
 */
@Command(
        name = "insights-eval",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measure the analysis on labelled feedback.",
            "With sentiment labels (negative/neutral/positive, or 1/0) prints accuracy, per-class F1 and macro-F1;",
            "with any other labels (reasons, intents) prints the normalized mutual information between",
            "the themes found and the labels.",
            "FILE is a .csv or .tsv table with a header, or 'sentence<TAB>label' lines (.txt)."
        })
public final class InsightsEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The labelled feedback.")
    Path file;

    @Option(
            names = "--label",
            defaultValue = LabelledTable.SENTENCE_LABEL,
            paramLabel = "COLUMN",
            description = "Column holding the known label (default: ${DEFAULT-VALUE}).")
    String labelColumn;

    @Option(
            names = "--text",
            defaultValue = "text",
            paramLabel = "COLUMN",
            description = "Column holding the feedback text (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(
            names = "--tweet-style",
            paramLabel = "SEED",
            description =
                    "Rewrite every text first as a noisy social post (handles, links, hashtags, emoji, typos), seeded.")
    Long tweetStyle;

    @Override
    public Integer call() throws IOException {
        LibraryLogging.silence();
        LabelledTable table = LabelledTable.read(file, textColumn, labelColumn);
        if (table.items().isEmpty()) {
            throw new IllegalArgumentException(file + ": has no labelled rows");
        }
        if (tweetStyle != null) {
            table = table.inTweetStyle(new TweetStyle(tweetStyle));
        }
        InsightsEvaluation.Result result;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder();
                ProgressBar progress = ProgressBar.onStderr(
                        "Analysing " + table.items().size() + " items",
                        table.items().size())) {
            result = new InsightsEvaluation(embedder, InsightOptions.DEFAULT).evaluate(table, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%s: %d items, %d distinct labels in '%s'%s%n",
                file,
                table.items().size(),
                result.reasons(),
                labelColumn,
                tweetStyle == null ? "" : ", rewritten in tweet style (seed " + tweetStyle + ")");
        result.sentiment()
                .ifPresentOrElse(
                        agreement -> printSentiment(out, agreement),
                        () -> out.println("the labels are not sentiment labels: judged as reasons"));
        long themes =
                result.report().themes().stream().filter(t -> !t.isOther()).count();
        int other = result.report().themes().stream()
                .filter(Theme::isOther)
                .mapToInt(Theme::size)
                .sum();
        out.printf(
                Locale.ROOT,
                "themes: %d (and %d items in 'other'); NMI between themes and labels %.3f%n",
                themes,
                other,
                result.themeNmi());
        out.flush();
        return 0;
    }

    private static void printSentiment(PrintWriter out, SentimentAgreement agreement) {
        out.printf(
                Locale.ROOT,
                "sentiment: accuracy %.3f, macro-F1 %.3f (%d classes)%n",
                agreement.accuracy(),
                agreement.macroF1(),
                agreement.classes().size());
        for (ClassScore score : agreement.perClass()) {
            out.printf(
                    Locale.ROOT,
                    "  %-8s %5d items  precision %.3f  recall %.3f  F1 %.3f%n",
                    score.label().key(),
                    score.items(),
                    score.precision(),
                    score.recall(),
                    score.f1());
        }
    }
}
