package io.journeyboard.analytics.ingest;

import io.journeyboard.analytics.ingest.csv.CsvLogReader;
import io.journeyboard.analytics.ingest.gzip.GuardedInputStream;
import io.journeyboard.analytics.ingest.jsonl.JsonLinesLogReader;
import io.journeyboard.analytics.ingest.xes.XesLogReader;
import io.journeyboard.analytics.log.EventColumnsBuilder;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.EventLogAssembler;
import io.journeyboard.analytics.log.IngestReport;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.OnError;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Reads an event log file into an {@link EventLog}. The format comes from the name: {@code .xes},
 * {@code .jsonl}/{@code .ndjson}, a {@linkplain PluggedLogFormats plugged format} such as {@code .parquet},
 * otherwise delimited text; a {@code .gz} suffix means gzip.
 * Under {@link OnError#FAIL} any bad row makes the whole read fail with a {@link BadInputException}
 * listing the first bad rows; under {@link OnError#SKIP} they are left out and reported.
 */
public final class EventLogReader {

    /** Under {@link OnError#FAIL}, the way past bad rows that every refusal offers. */
    public static final BadInputException.Remedy SKIP_BAD_ROWS =
            new BadInputException.Remedy("leave bad rows out", OnError.SKIP.setting());

    private static final List<String> TEXT_EXTENSIONS = List.of("csv", "tsv", "txt", "jsonl", "ndjson", "xes");

    private EventLogReader() {}

    /** The extensions of the files read, without the dot: the text formats (each also gzipped) and plugged ones. */
    public static List<String> extensions() {
        List<String> all = new ArrayList<>(TEXT_EXTENSIONS);
        all.addAll(PluggedLogFormats.suffixes());
        return List.copyOf(all);
    }

    /** Reads {@code path}, naming it by its path in messages and in the report. */
    public static LoadedLog read(Path path, LogReadOptions options) throws IOException {
        return read(path, path.toString(), options);
    }

    /**
     * Reads {@code path}, calling it {@code file} in every message and in the report: the name its user
     * knows (an upload's name rather than its temporary copy). The format comes from {@code path}'s name.
     */
    public static LoadedLog read(Path path, String file, LogReadOptions options) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(file);
        }
        long size = Files.size(path);
        if (size > options.limits().maxInputBytes()) {
            throw BadInputException.whole(
                    file,
                    size + " bytes, over the input limit of " + options.limits().maxInputBytes() + " bytes",
                    "raise the limit if the file is trusted");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        LongConsumer progress = synchronizedTotal(options.progress());
        Optional<PluggedLogFormat> plugged = PluggedLogFormats.forName(name, file);
        if (plugged.isPresent()) {
            return loaded(file, plugged.get().name(), size, plugged.get().read(path, file, options, progress), options);
        }
        boolean gzip = name.endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        String format =
                base.endsWith(".xes") ? "xes" : base.endsWith(".jsonl") || base.endsWith(".ndjson") ? "jsonl" : "csv";

        List<EventColumnsBuilder> chunks;
        if (format.equals("csv") && !gzip) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                chunks = new CsvLogReader(options, file).readFile(channel, progress);
            }
        } else {
            try (InputStream raw = Files.newInputStream(path)) {
                InputStream counted = new ProgressInputStream(raw, progress);
                InputStream in = gzip ? GuardedInputStream.gunzip(counted, file, size, options.limits()) : counted;
                InputStream buffered = new BufferedInputStream(in, 1 << 16);
                chunks = switch (format) {
                    case "xes" -> List.of(new XesLogReader(options, file).read(buffered));
                    case "jsonl" -> List.of(new JsonLinesLogReader(options, file).read(buffered));
                    default -> new CsvLogReader(options, file).readStream(buffered, n -> {});
                };
            }
        }
        return loaded(file, format + (gzip ? ".gz" : ""), size, chunks, options);
    }

    private static LoadedLog loaded(
            String file, String format, long size, List<EventColumnsBuilder> chunks, LogReadOptions options) {
        IngestReport report = report(file, format, size, chunks, options.onError());
        if (chunks.stream().mapToInt(c -> c.size).sum() == 0) {
            throw report.firstProblems().isEmpty()
                    ? BadInputException.whole(file, "no events could be read", "give a log with at least one event")
                    : new BadInputException(report.firstProblems(), report.skippedRows(), null);
        }
        return new LoadedLog(EventLogAssembler.assemble(chunks), report);
    }

    private static IngestReport report(
            String file, String format, long size, List<EventColumnsBuilder> chunks, OnError onError) {
        LogColumnMapping.ResolvedColumns columns = chunks.get(0).columns;
        Map<String, String> used = new LinkedHashMap<>();
        for (LogColumnRole role : LogColumnRole.values()) {
            if (columns.has(role)) {
                used.put(role.settingName(), columns.name(role));
            }
        }
        List<String> detected =
                columns.detected().stream().map(LogColumnRole::settingName).toList();
        long bad = chunks.stream().mapToLong(c -> c.badRows).sum();
        List<InputProblem> problems = new ArrayList<>();
        chunks.forEach(c -> problems.addAll(c.problems));
        problems.sort(Comparator.comparingLong(InputProblem::line));
        List<InputProblem> first =
                List.copyOf(problems.subList(0, Math.min(problems.size(), EventColumnsBuilder.MAX_REPORTED_PROBLEMS)));
        if (bad > 0 && onError == OnError.FAIL) {
            throw new BadInputException(first, bad, SKIP_BAD_ROWS);
        }
        return new IngestReport(file, format, used, detected, size, bad, first);
    }

    /** Parsing threads report the bytes each read; the callback sees a running total from one thread at a time. */
    private static LongConsumer synchronizedTotal(LongConsumer progress) {
        AtomicLong total = new AtomicLong();
        return bytes -> {
            long done = total.addAndGet(bytes);
            synchronized (progress) {
                progress.accept(done);
            }
        };
    }

    private static final class ProgressInputStream extends FilterInputStream {
        private final LongConsumer progress;

        ProgressInputStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                progress.accept(read);
            }
            return read;
        }
    }
}
