package io.journeyboard.insights.sentiment;

import io.journeyboard.insights.embedding.SentenceEmbedder;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Measures positive/negative accuracy of every {@link SentimentMethod} on labelled sentences, such as
 * the UCI "Sentiment Labelled Sentences" files ({@code text<TAB>1} or {@code text<TAB>0} per line).
 * No method learns from the file: the numbers are out-of-sample.
 */
public final class SentimentEvaluation {

    private final SentenceEmbedder embedder;

    public SentimentEvaluation(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Reads {@code text<TAB>label} lines, label 1 (positive) or 0 (negative); every bad line is reported. */
    public static List<LabelledText> readLabelled(Path path) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (CharacterCodingException e) {
            throw BadInputException.whole(path.toString(), "is not UTF-8 text", "save the file with UTF-8 encoding");
        }
        List<LabelledText> texts = new ArrayList<>(lines.size());
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String label = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (tab <= 0 || !(label.equals("0") || label.equals("1"))) {
                problems.add(new InputProblem(
                        path.toString(),
                        i + 1L,
                        "label",
                        line,
                        "does not end with a tab and the label 0 or 1",
                        "write each line as: sentence<TAB>1 or sentence<TAB>0"));
                continue;
            }
            texts.add(new LabelledText(line.substring(0, tab).strip(), label.equals("1")));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return texts;
    }

    /** The accuracy of each method, in the order of {@link SentimentMethod#values()}. */
    public List<SentimentAccuracy> evaluate(List<LabelledText> texts, LongConsumer progress) {
        float[][] embeddings =
                embedder.embed(texts.stream().map(LabelledText::text).toList(), progress);
        List<SentimentAccuracy> results = new ArrayList<>();
        for (SentimentMethod method : SentimentMethod.values()) {
            SentimentAnalyser analyser = new SentimentAnalyser(method, embedder);
            int correct = 0;
            int undecided = 0;
            for (int i = 0; i < texts.size(); i++) {
                double score =
                        analyser.score(texts.get(i).text(), embeddings[i]).score();
                if (score == 0) {
                    undecided++;
                } else if (score > 0 == texts.get(i).positive()) {
                    correct++;
                }
            }
            results.add(new SentimentAccuracy(method, texts.size(), correct, undecided));
        }
        return results;
    }
}
