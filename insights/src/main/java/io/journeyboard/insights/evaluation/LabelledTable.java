package io.journeyboard.insights.evaluation;

import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Feedback with a known answer per item, to measure the analysis against: a table ({@code .csv}, or
 * {@code .tsv}/{@code .tab}) with a header naming the text and label columns, or a sentence file of
 * {@code sentence<TAB>label} lines (the UCI sentiment sentences, label 1 or 0), whose label column is
 * {@value #SENTENCE_LABEL}.
 *
 * @param labels the known label of each item, parallel to {@code items}
 */
public record LabelledTable(List<FeedbackItem> items, List<String> labels) {

    /** The label column's name for a sentence file. */
    public static final String SENTENCE_LABEL = "label";

    public LabelledTable {
        items = List.copyOf(items);
        labels = List.copyOf(labels);
    }

    /**
     * Reads {@code path}; every row without a text or a label is reported (file, line, column) and nothing is
     * returned.
     */
    public static LabelledTable read(Path path, String textColumn, String labelColumn) throws IOException {
        String name = path.getFileName().toString();
        if (name.endsWith(".txt")) {
            return sentences(path);
        }
        char delimiter = name.endsWith(".tsv") || name.endsWith(".tab") ? '\t' : ',';
        List<FeedbackItem> items = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : List.of(textColumn, labelColumn)) {
                if (!header.containsKey(column)) {
                    throw new BadInputException(List.of(new InputProblem(
                            path.toString(),
                            1,
                            column,
                            null,
                            "the header has no column '" + column + "'",
                            "name one of " + header.keySet())));
                }
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                String text = row.isSet(textColumn) ? row.get(textColumn).strip() : "";
                String label = row.isSet(labelColumn) ? row.get(labelColumn).strip() : "";
                if (text.isEmpty() || label.isEmpty()) {
                    String column = text.isEmpty() ? textColumn : labelColumn;
                    problems.add(new InputProblem(
                            path.toString(),
                            line,
                            column,
                            null,
                            "is empty",
                            "give every row a text and a label, or remove the row"));
                    continue;
                }
                items.add(new FeedbackItem(
                        "r" + (items.size() + 1), text, null, null, null, null, null, null, name + ":" + line));
                labels.add(label);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException
                    ? notUtf8(path)
                    : BadInputException.whole(
                            path.toString(), "is not a well-formed table", "check its quotes and delimiters");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new LabelledTable(items, labels);
    }

    private static LabelledTable sentences(Path path) throws IOException {
        List<FeedbackItem> items = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw notUtf8(path);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                problems.add(new InputProblem(
                        path.toString(),
                        i + 1L,
                        SENTENCE_LABEL,
                        line,
                        "does not end with a tab and a label",
                        "write each line as: sentence<TAB>label"));
                continue;
            }
            items.add(new FeedbackItem(
                    "s" + (i + 1),
                    line.substring(0, tab).strip(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    path.getFileName() + ":" + (i + 1)));
            labels.add(line.substring(tab + 1).strip());
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new LabelledTable(items, labels);
    }

    /** The same items with their texts rewritten in tweet style. */
    public LabelledTable inTweetStyle(TweetStyle style) {
        List<FeedbackItem> rewritten = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            FeedbackItem item = items.get(i);
            rewritten.add(new FeedbackItem(
                    item.id(), style.rewrite(item.text(), i), null, null, null, null, null, null, item.location()));
        }
        return new LabelledTable(rewritten, labels);
    }

    private static BadInputException notUtf8(Path path) {
        return BadInputException.whole(path.toString(), "is not UTF-8 text", "save the file as UTF-8 and try again");
    }
}
