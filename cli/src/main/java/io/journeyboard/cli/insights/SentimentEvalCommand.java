package io.journeyboard.cli.insights;

import io.journeyboard.cli.LibraryLogging;
import io.journeyboard.cli.ProgressBar;
import io.journeyboard.insights.embedding.MiniLmEmbedder;
import io.journeyboard.insights.sentiment.LabelledText;
import io.journeyboard.insights.sentiment.SentimentAccuracy;
import io.journeyboard.insights.sentiment.SentimentEvaluation;
import io.journeyboard.insights.sentiment.SentimentMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard sentiment-eval FILE}: positive/negative accuracy of each sentiment method on labelled
 * sentences.
 */
@Command(
        name = "sentiment-eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measure sentiment accuracy on labelled sentences.",
            "FILE has one 'sentence<TAB>1' (positive) or 'sentence<TAB>0' (negative) per line,",
            "e.g. ../shared/data/yelp_labelled.txt."
        })
public final class SentimentEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The labelled sentences.")
    Path file;

    @Override
    public Integer call() throws IOException {
        LibraryLogging.silence();
        List<LabelledText> texts = SentimentEvaluation.readLabelled(file);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(file + ": has no labelled sentences");
        }
        List<SentimentAccuracy> results;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder();
                ProgressBar progress = ProgressBar.onStderr("Embedding " + texts.size() + " sentences", texts.size())) {
            results = new SentimentEvaluation(embedder).evaluate(texts, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%s: %d sentences (%d positive)%n",
                file,
                texts.size(),
                texts.stream().filter(LabelledText::positive).count());
        for (SentimentAccuracy result : results) {
            out.printf(
                    Locale.ROOT,
                    "%-9s accuracy %.3f  (%d of %d right, %d undecided)%s%n",
                    result.method().name().toLowerCase(Locale.ROOT),
                    result.accuracy(),
                    result.correct(),
                    result.total(),
                    result.undecided(),
                    result.method() == SentimentMethod.COMBINED ? "  <- used by 'insights'" : "");
        }
        out.flush();
        return 0;
    }
}
