package io.journeyboard.cli.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.analytics.funnel.JourneyFunnel;
import io.journeyboard.analytics.funnel.StageMapping;
import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.lane.LaneFigures;
import io.journeyboard.analytics.lane.LaneJson;
import io.journeyboard.analytics.log.CaseFilter;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.OnError;
import io.journeyboard.analytics.report.AnalyticsOptions;
import io.journeyboard.analytics.report.AnalyticsReport;
import io.journeyboard.analytics.report.AnalyticsReportJson;
import io.journeyboard.analytics.report.AnalyticsReportText;
import io.journeyboard.analytics.report.JourneyAnalysis;
import io.journeyboard.cli.OutputFile;
import io.journeyboard.cli.ProgressBar;
import io.journeyboard.cli.map.MapFiles;
import io.journeyboard.model.format.FormatException;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeyboard analyze LOG}: reads an event log and prints (or writes) the journey analytics report. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyse an event log (CSV/TSV, JSON lines, XES, optionally .gz): summary, transition graph, "
                    + "variants and paths, stage funnel, per stage/touchpoint figures, pain points, moments of truth.",
            "Columns not named with the mapping flags are detected from common names; the report says which."
        })
public final class AnalyzeCommand implements Callable<Integer> {

    enum Format {
        json,
        text,
        svg,
        png,
        pdf
    }

    private static final ObjectMapper LANE_JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The event log file.")
    Path log;

    @Option(names = "--case", paramLabel = "COLUMN", description = "Column (XES: trace attribute) with the case id.")
    String caseColumn;

    @Option(names = "--activity", paramLabel = "COLUMN", description = "Column with the activity (touchpoint).")
    String activityColumn;

    @Option(names = "--time", paramLabel = "COLUMN", description = "Column with the timestamp.")
    String timeColumn;

    @Option(names = "--channel", paramLabel = "COLUMN", description = "Column with the channel.")
    String channelColumn;

    @Option(names = "--stage", paramLabel = "COLUMN", description = "Column with the journey stage.")
    String stageColumn;

    @Option(names = "--resource", paramLabel = "COLUMN", description = "Column with the resource (agent, team).")
    String resourceColumn;

    @Option(names = "--score", paramLabel = "COLUMN", description = "Column with a numeric score (CSAT, NPS 0-10).")
    String scoreColumn;

    @Option(names = "--text", paramLabel = "COLUMN", description = "Column with free-text feedback.")
    String textColumn;

    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            description = "Field delimiter of delimited text (default: detected).")
    Character delimiter;

    @Option(names = "--stages", paramLabel = "FILE", description = "Stage-mapping JSON file defining the funnel.")
    Path stages;

    @Option(
            names = "--map",
            paramLabel = "MAP",
            description =
                    "A journey map (.json or .mmd) whose stages define the funnel: activities named like a stage's steps mark it.")
    Path map;

    @Option(
            names = "--journey",
            paramLabel = "ID",
            description = "With --map: the journey to use; needed when the map has several.")
    String journeyId;

    @Option(
            names = "--paths",
            paramLabel = "ACTIVITY",
            description = "Show the paths leading to and from this activity.")
    String pathActivity;

    @Option(
            names = "--path-length",
            paramLabel = "N",
            defaultValue = "3",
            description = "Steps before/after in --paths; 0 for whole paths (default: ${DEFAULT-VALUE}).")
    int pathLength;

    @Option(
            names = "--filter",
            paramLabel = "COLUMN=VALUE",
            description = "Only cases with an event having VALUE in COLUMN, for variants and paths.")
    String filter;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description = "Variants and paths listed (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}: json, text, or a picture of the funnel, common paths, transitions "
                    + "and pain points: svg, png or pdf (png and pdf need -o) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report here instead of stdout.")
    Path output;

    @Option(
            names = "--on-error",
            defaultValue = "fail",
            paramLabel = "fail|skip",
            description = "fail: stop at bad rows and produce nothing; skip: leave them out and report them "
                    + "(default: ${DEFAULT-VALUE}).")
    OnError onError;

    @Option(
            names = "--max-input-mb",
            paramLabel = "MB",
            description = "Refuse inputs (decompressed) larger than this (default: 2048).")
    Long maxInputMb;

    @Option(
            names = "--engine",
            defaultValue = "engine",
            description = "engine: in this process; spark: the Spark job on this machine, JSON only (docs/spark.md) "
                    + "(default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            defaultValue = "local[2]",
            description = "With --engine spark: the Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Override
    public Integer call() throws IOException {
        if (top < 1 || pathLength < 0) {
            throw new IllegalArgumentException("--top must be at least 1 and --path-length at least 0");
        }
        if ((format == Format.png || format == Format.pdf) && output == null) {
            throw new IllegalArgumentException(
                    "--format " + format + " writes a binary file: name it with -o, e.g. -o report." + format);
        }
        if (engine.equals("spark")) {
            return runOnSpark();
        }
        if (!engine.equals("engine")) {
            throw new IllegalArgumentException("--engine is engine or spark, got \"" + engine + "\"");
        }
        CaseFilter caseFilter = filter == null ? null : CaseFilter.parse(filter);
        LogReadOptions options = LogReadOptions.defaults()
                .withMapping(new LogColumnMapping(mapping(), filterColumns(caseFilter)))
                .withOnError(onError)
                .withDelimiter(delimiter);
        if (maxInputMb != null) {
            options = options.withLimits(options.limits().withMaxInputBytes(maxInputMb << 20));
        }
        StageMapping stageMapping = stageMapping();
        Journey journey = mapJourney();
        LoadedLog loaded;
        try (ProgressBar bar = ProgressBar.onStderr("reading " + log.getFileName(), Files.size(log))) {
            loaded = EventLogReader.read(log, options.withProgress(bar));
        }
        if (journey != null) {
            stageMapping = journeyFunnel(journey, loaded);
        }
        AnalyticsReport report = JourneyAnalysis.run(
                loaded,
                AnalyticsOptions.defaults()
                        .withStages(stageMapping)
                        .withPaths(pathActivity, pathLength)
                        .withFilter(caseFilter)
                        .withTopVariants(top));
        LaneFigures lane = journey == null ? null : JourneyLane.measure(journey, loaded.log());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case json -> {
                if (lane == null) {
                    AnalyticsReportJson.write(report, bytes);
                } else {
                    LANE_JSON.writeValue(
                            bytes, ((ObjectNode) AnalyticsReportJson.tree(report)).set("lane", LaneJson.tree(lane)));
                }
                bytes.write('\n');
            }
            case text -> {
                PrintWriter text = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                AnalyticsReportText.write(report, text);
                if (lane != null) {
                    JourneyLane.write(lane, text);
                }
            }
            case svg, png, pdf ->
                new MapRenderer()
                        .renderAnalytics(
                                report,
                                "Journey analytics: " + log.getFileName(),
                                ExportFormat.parse(format.name()),
                                RenderOptions.defaults(),
                                bytes);
        }
        emit(bytes.toByteArray());
        return 0;
    }

    /** The Spark job computes the JSON report from the same options; the parts it does not compute are refused. */
    private int runOnSpark() throws IOException {
        if (format != Format.json || pathActivity != null || filter != null || map != null || maxInputMb != null) {
            throw new IllegalArgumentException("--engine spark writes the JSON report (--format json) without "
                    + "--paths, --filter, --map or --max-input-mb; leave those out or use the default engine");
        }
        List<String> arguments = new ArrayList<>(List.of(
                log.toString(),
                "--top",
                String.valueOf(top),
                "--on-error",
                onError.setting().value(),
                "--master",
                master));
        mapping().forEach((role, column) -> arguments.addAll(List.of("--" + role.settingName(), column)));
        if (delimiter != null) {
            arguments.addAll(List.of("--delimiter", String.valueOf(delimiter)));
        }
        if (stages != null) {
            arguments.addAll(List.of("--stages", stages.toString()));
        }
        if (output != null) {
            arguments.addAll(List.of("-o", output.toString()));
        }
        try {
            return SparkEngine.run(arguments);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the Spark job ran", e);
        }
    }

    /** The whole report is written to a temporary file that then replaces the target: never half a report. */
    private void emit(byte[] content) throws IOException {
        if (output == null) {
            spec.commandLine().getOut().print(new String(content, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return;
        }
        OutputFile.write(output, out -> out.write(content));
        spec.commandLine().getErr().println("wrote " + output);
    }

    private StageMapping stageMapping() throws IOException {
        if (stages != null && map != null) {
            throw new IllegalArgumentException("give either --stages or --map, not both: both define the funnel");
        }
        return stages == null ? null : StageMapping.read(stages);
    }

    /** The journey of --map whose stages define the funnel, read before the log so that a wrong map fails at once. */
    private Journey mapJourney() {
        if (map == null) {
            return null;
        }
        try {
            return MapFiles.chooseJourney(map, new MapFiles().read(map), journeyId);
        } catch (FormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The journey's funnel ({@link JourneyFunnel}); when there is none, the report has none and a note says why. */
    private StageMapping journeyFunnel(Journey journey, LoadedLog loaded) {
        JourneyFunnel funnel =
                JourneyFunnel.of(journey.activitiesByStage(), loaded.log().activityNames());
        if (funnel.note() != null) {
            spec.commandLine().getErr().println("note: journey '" + journey.id() + "': " + funnel.note());
        }
        return funnel.funnel();
    }

    private Map<LogColumnRole, String> mapping() {
        Map<LogColumnRole, String> given = new EnumMap<>(LogColumnRole.class);
        putIfSet(given, LogColumnRole.CASE, caseColumn);
        putIfSet(given, LogColumnRole.ACTIVITY, activityColumn);
        putIfSet(given, LogColumnRole.TIME, timeColumn);
        putIfSet(given, LogColumnRole.CHANNEL, channelColumn);
        putIfSet(given, LogColumnRole.STAGE, stageColumn);
        putIfSet(given, LogColumnRole.RESOURCE, resourceColumn);
        putIfSet(given, LogColumnRole.SCORE, scoreColumn);
        putIfSet(given, LogColumnRole.TEXT, textColumn);
        return given;
    }

    private static void putIfSet(Map<LogColumnRole, String> given, LogColumnRole role, String column) {
        if (column != null) {
            given.put(role, column);
        }
    }

    /** A filter on a column that plays no role makes the reader keep that column. */
    private static List<String> filterColumns(CaseFilter caseFilter) {
        List<String> columns = new ArrayList<>();
        if (caseFilter != null && !Set.of("channel", "stage", "resource").contains(caseFilter.column())) {
            columns.add(caseFilter.column());
        }
        return columns;
    }
}
