package io.journeyboard.parquet;

import dev.hardwood.InputFile;
import dev.hardwood.reader.ColumnReaders;
import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.schema.ColumnProjection;
import dev.hardwood.schema.ColumnSchema;
import dev.hardwood.schema.FileSchema;
import io.journeyboard.analytics.ingest.PluggedLogFormat;
import io.journeyboard.analytics.log.EventColumnsBuilder;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a flat Parquet file batch by batch: each batch's columns become rows of text for the engine's column
 * builder, so types, detection, limits and bad rows behave as for CSV. A problem's line is the row number,
 * counted from 1.
 */
public final class ParquetLogFormat implements PluggedLogFormat {

    /** Parts read side by side, as the CSV reader's chunks are. */
    private static final int READERS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Hardwood says at start-up, through java.util.logging, whether it found SIMD: not a user's business. */
    private static final Logger HARDWOOD_LOG = Logger.getLogger("dev.hardwood");

    static {
        HARDWOOD_LOG.setLevel(Level.WARNING);
    }

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public List<String> columnNames(Path path, String file) throws IOException {
        try (ParquetFileReader reader = open(path, file)) {
            return names(reader.getFileSchema());
        }
    }

    @Override
    public List<EventColumnsBuilder> read(Path path, String file, LogReadOptions options, LongConsumer progress)
            throws IOException {
        RowGroupSplits splits;
        LogColumnMapping.ResolvedColumns columns;
        long rows;
        try (ParquetFileReader reader = open(path, file)) {
            ParquetFileChecks.readable(reader.getFileMetaData(), Files.size(path), file, options.limits());
            PageWalk.pagesFitTheirChunks(path, reader.getFileMetaData(), file);
            columns = options.mapping().resolve(names(reader.getFileSchema()), file);
            rows = reader.getFileMetaData().numRows();
            splits = RowGroupSplits.of(reader.getFileMetaData().rowGroups(), READERS);
        } catch (RuntimeException e) {
            // a footer that parses can still hold nonsense (a column chunk without its metadata, found by fuzzing)
            throw e instanceof BadInputException bad ? bad : ParquetFileChecks.damaged(file);
        }
        Progress shared = new Progress(progress, Files.size(path), rows);
        List<Future<EventColumnsBuilder>> parts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(splits.parts().size());
        try {
            for (RowGroupSplits.Part part : splits.parts()) {
                parts.add(pool.submit(() -> readPart(path, file, options, columns, rows, part, shared)));
            }
            List<EventColumnsBuilder> chunks = new ArrayList<>();
            for (Future<EventColumnsBuilder> part : parts) {
                chunks.add(part.get());
            }
            return chunks;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BadInputException bad) {
                throw bad;
            }
            throw ParquetFileChecks.damaged(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading " + file + " was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private static EventColumnsBuilder readPart(
            Path path,
            String file,
            LogReadOptions options,
            LogColumnMapping.ResolvedColumns columns,
            long rows,
            RowGroupSplits.Part part,
            Progress progress)
            throws IOException {
        EventColumnsBuilder builder = new EventColumnsBuilder(
                columns, file, options.onError(), options.limits().maxFieldBytes(), (int)
                        Math.min(rows / READERS + 1, 1 << 20));
        try (ParquetFileReader reader = open(path, file);
                ColumnReaders batches = reader.buildColumnReaders(ColumnProjection.all())
                        .filter(part.range())
                        .build()) {
            copyRows(reader.getFileSchema(), batches, builder, part.firstRow(), progress);
        } catch (RuntimeException e) {
            throw e instanceof BadInputException bad ? bad : ParquetFileChecks.damaged(file);
        }
        return builder;
    }

    private static void copyRows(
            FileSchema schema, ColumnReaders batches, EventColumnsBuilder builder, long firstRow, Progress progress) {
        int width = schema.getColumnCount();
        RowText text = new RowText(width);
        ColumnText[] columns = new ColumnText[width];
        long row = firstRow;
        while (batches.nextBatch()) {
            for (int f = 0; f < width; f++) {
                columns[f] = ColumnText.of(schema.getColumn(f), batches.getColumnReader(f));
            }
            int count = batches.getRecordCount();
            for (int r = 0; r < count; r++) {
                text.clear();
                for (int f = 0; f < width; f++) {
                    columns[f].write(r, f, text);
                }
                builder.addRow(text.bytes, text.starts, text.ends, width, ++row);
                if (builder.failed()) {
                    return;
                }
            }
            progress.rowsDone(count);
        }
    }

    private static ParquetFileReader open(Path path, String file) throws IOException {
        try {
            ParquetFileReader reader = ParquetFileReader.open(InputFile.of(path));
            if (!reader.getFileSchema().isFlatSchema()) {
                reader.close();
                throw BadInputException.whole(
                        file,
                        "the file has nested columns (groups, lists or maps)",
                        "write one column per field, such as case, activity and time, each a plain value");
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw ParquetFileChecks.damaged(file);
        }
    }

    private static List<String> names(FileSchema schema) {
        return schema.getColumns().stream().map(ColumnSchema::name).toList();
    }

    /** Turns rows read, by every part, into bytes of the file for the progress bar, which counts bytes. */
    private static final class Progress {
        private final LongConsumer progress;
        private final long bytes;
        private final long rows;
        private long done;
        private long reported;

        Progress(LongConsumer progress, long bytes, long rows) {
            this.progress = progress;
            this.bytes = bytes;
            this.rows = Math.max(1, rows);
        }

        synchronized void rowsDone(long more) {
            done += more;
            long now = (long) ((double) bytes * Math.min(done, rows) / rows);
            progress.accept(now - reported);
            reported = now;
        }
    }
}
