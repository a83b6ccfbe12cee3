package io.journeyboard.cli.insights;

import io.journeyboard.cli.LibraryLogging;
import io.journeyboard.cli.OutputFile;
import io.journeyboard.cli.ProgressBar;
import io.journeyboard.cli.map.MapFiles;
import io.journeyboard.insights.FeedbackAnalysis;
import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.embedding.MiniLmEmbedder;
import io.journeyboard.insights.feedback.FeedbackColumnMapping;
import io.journeyboard.insights.feedback.FeedbackField;
import io.journeyboard.insights.feedback.FeedbackImport;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.report.InsightReport;
import io.journeyboard.insights.report.InsightReportJson;
import io.journeyboard.insights.report.InsightReportText;
import io.journeyboard.insights.sentiment.SentimentMethod;
import io.journeyboard.insights.suggestions.Suggestion;
import io.journeyboard.insights.suggestions.SuggestionAcceptance;
import io.journeyboard.insights.suggestions.SuggestionChoice;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journeyboard insights FEEDBACK [--map MAP] [--format json|text] [-o FILE]}: sentiment, themes,
 * their places on a map and suggested pain points and delights; with {@code --accept} and
 * {@code --write-map}, puts suggestions onto the map as cards linked to their evidence.
 */
@Command(
        name = "insights",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Analyse customer feedback: sentiment, themes, placement on a map and suggested cards.",
            "Sentiment per item, themes with keywords and quotes, their places on a journey map,",
            "and suggested pain points and delights.",
            "FEEDBACK is a .csv, .tsv or .xlsx table (first row: column names) or a .txt interview transcript."
        })
public final class InsightsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FEEDBACK", description = "The feedback file.")
    Path feedback;

    @Option(names = "--map", paramLabel = "MAP", description = "A map file (.json or .mmd) to place themes on.")
    Path map;

    @Option(
            names = "--journey",
            paramLabel = "ID",
            description = "The journey of the map to use; needed when it has several.")
    String journeyId;

    /** What the report is written as. */
    enum Format {
        json,
        text
    }

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "json|text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report here instead of standard output.")
    Path output;

    @Option(
            names = "--accept",
            split = ",",
            paramLabel = "ID|all",
            description =
                    "Suggestions to put on the map (ids such as pain-t3, or 'all' for every placed one); needs --map and --write-map.")
    List<String> accept = new ArrayList<>();

    @Option(
            names = "--write-map",
            paramLabel = "FILE",
            description = "Where to write the map with the accepted suggestions (may be MAP itself).")
    Path writeMap;

    @Option(names = "--text", paramLabel = "COLUMN", description = "Column holding the feedback text (default: text).")
    String textColumn;

    @Option(
            names = "--id",
            paramLabel = "COLUMN",
            description = "Column holding a unique id (default: id, else the line number).")
    String idColumn;

    @Option(
            names = "--date",
            paramLabel = "COLUMN",
            description = "Column holding the date, YYYY-MM-DD (default: date, when present).")
    String dateColumn;

    @Option(
            names = "--rating",
            paramLabel = "COLUMN",
            description = "Column holding a numeric rating (default: rating, when present).")
    String ratingColumn;

    @Option(
            names = "--channel",
            paramLabel = "COLUMN",
            description = "Column holding the channel (default: channel, when present).")
    String channelColumn;

    @Option(
            names = "--stage",
            paramLabel = "COLUMN",
            description = "Column naming the map stage or step (default: stage, when present).")
    String stageColumn;

    @Option(
            names = "--customer",
            paramLabel = "COLUMN",
            description = "Column holding the customer (default: customer, when present).")
    String customerColumn;

    @Option(
            names = "--source",
            paramLabel = "COLUMN",
            description = "Column holding the source (default: source, when present).")
    String sourceColumn;

    @Option(
            names = "--interviewer",
            split = ",",
            paramLabel = "NAME",
            description =
                    "Transcript speakers whose turns are questions, not feedback (default: Interviewer, Moderator, Researcher, Facilitator, Q).")
    List<String> interviewers = new ArrayList<>();

    @Option(
            names = "--sentiment",
            defaultValue = "model",
            paramLabel = "model|lexicon|anchors|combined",
            description = "Sentiment method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SentimentMethod sentiment;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the clustering; the same seed gives the same themes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException, FormatException {
        LibraryLogging.silence();
        checkOptions();
        List<FeedbackItem> items = readFeedback();
        Workspace workspace = map == null ? null : new MapFiles().read(map);
        Journey journey = workspace == null ? null : MapFiles.chooseJourney(map, workspace, journeyId);
        InsightOptions options = new InsightOptions(
                seed,
                sentiment,
                InsightOptions.DEFAULT.minThemes(),
                InsightOptions.DEFAULT.maxThemes(),
                InsightOptions.DEFAULT.keywords(),
                InsightOptions.DEFAULT.quotes());
        InsightReport report;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder();
                ProgressBar progress = ProgressBar.onStderr("Analysing " + items.size() + " items", items.size())) {
            report = new FeedbackAnalysis(embedder, options).analyse(items, journey, progress);
        }
        if (!accept.isEmpty()) {
            List<Suggestion> chosen = SuggestionChoice.of(report, accept);
            Workspace updated = new SuggestionAcceptance()
                    .accept(
                            workspace,
                            journey.id(),
                            chosen,
                            feedback.getFileName().toString());
            new MapFiles().write(updated, writeMap);
            spec.commandLine()
                    .getErr()
                    .println("Put " + chosen.size() + " suggestion" + (chosen.size() == 1 ? "" : "s") + " on journey '"
                            + journey.id() + "' in " + writeMap);
        }
        String rendered = render(report);
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.writeText(output, rendered);
        }
        return 0;
    }

    private void checkOptions() {
        if (!accept.isEmpty() && (map == null || writeMap == null)) {
            throw new IllegalArgumentException(
                    "--accept needs --map (the map to add to) and --write-map (where to write the result)");
        }
        if (accept.isEmpty() && writeMap != null) {
            throw new IllegalArgumentException(
                    "--write-map needs --accept with the suggestions to put on the map (ids or 'all')");
        }
    }

    private List<FeedbackItem> readFeedback() throws IOException {
        FeedbackImport importer = new FeedbackImport();
        if (!interviewers.isEmpty()) {
            return importer.readTranscript(feedback, Set.copyOf(interviewers));
        }
        FeedbackColumnMapping mapping = FeedbackColumnMapping.defaults()
                .with(FeedbackField.TEXT, textColumn)
                .with(FeedbackField.ID, idColumn)
                .with(FeedbackField.DATE, dateColumn)
                .with(FeedbackField.RATING, ratingColumn)
                .with(FeedbackField.CHANNEL, channelColumn)
                .with(FeedbackField.STAGE, stageColumn)
                .with(FeedbackField.CUSTOMER, customerColumn)
                .with(FeedbackField.SOURCE, sourceColumn);
        return importer.read(feedback, mapping);
    }

    private String render(InsightReport report) throws IOException {
        StringWriter text = new StringWriter();
        if (format == Format.json) {
            InsightReportJson.write(report, text);
            text.write(System.lineSeparator());
        } else {
            InsightReportText.write(report, new PrintWriter(text));
        }
        return text.toString();
    }
}
