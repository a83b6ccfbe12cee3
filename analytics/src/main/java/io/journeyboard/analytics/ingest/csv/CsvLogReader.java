package io.journeyboard.analytics.ingest.csv;

import io.journeyboard.analytics.log.EventColumnsBuilder;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Reads a delimited log. An uncompressed file is cut into chunks at line breaks and parsed in
 * parallel; a chunk start is a guess (a line break might sit inside a quoted field), so each guess is
 * checked against where the previous chunk really ended and the chunk is parsed again if it was wrong.
 */
public final class CsvLogReader {

    private static final long MIN_CHUNK_BYTES = 8L << 20;
    private static final int HEAD_BYTES = 1 << 16;

    private final LogReadOptions options;
    private final String file;

    public CsvLogReader(LogReadOptions options, String file) {
        this.options = options;
        this.file = file;
    }

    /** Reads a stream (a decompressed file) on one thread into one chunk. */
    public List<EventColumnsBuilder> readStream(InputStream stream, LongConsumer bytesRead) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, HEAD_BYTES);
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        CsvRecordReader reader = new CsvRecordReader(
                ByteSource.of(in),
                file,
                0,
                delimiter(head, head.length),
                options.limits().maxRecordBytes(),
                bytesRead);
        Header header = readHeader(reader);
        EventColumnsBuilder chunk = newBuilder(header, 1 << 16);
        parse(reader, Long.MAX_VALUE, chunk, header);
        return List.of(shiftLines(chunk, header.lines));
    }

    /** Reads a file, in parallel chunks when it is large enough to pay; the chunks come back in file order. */
    public List<EventColumnsBuilder> readFile(FileChannel channel, LongConsumer bytesRead) throws IOException {
        long size = channel.size();
        byte[] head = new byte[HEAD_BYTES];
        int headLength = Math.max(0, channel.read(ByteBuffer.wrap(head), 0));
        CsvRecordReader headerReader = new CsvRecordReader(
                ByteSource.of(channel, 0),
                file,
                0,
                delimiter(head, headLength),
                options.limits().maxRecordBytes(),
                n -> {});
        Header header = readHeader(headerReader);
        long bodyStart = header.end;
        int threads = Math.max(1, Math.min(options.threads(), (int) ((size - bodyStart) / MIN_CHUNK_BYTES)));
        int chunkCount = threads == 1 ? 1 : threads * 2;
        long[] starts = new long[chunkCount + 1];
        starts[0] = bodyStart;
        starts[chunkCount] = size;
        for (int k = 1; k < chunkCount; k++) {
            starts[k] =
                    Math.max(starts[k - 1], nextLineStart(channel, bodyStart + (size - bodyStart) * k / chunkCount));
        }
        int expected = (int) Math.min(Integer.MAX_VALUE - 16, (size - bodyStart) / chunkCount / 40 + 16);
        List<ParsedChunk> parsed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ParsedChunk>> futures = new ArrayList<>();
            for (int k = 0; k < chunkCount; k++) {
                long from = starts[k];
                long to = starts[k + 1];
                futures.add(pool.submit(() -> parseChunk(channel, from, to, header, expected, bytesRead)));
            }
            for (Future<ParsedChunk> future : futures) {
                parsed.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<EventColumnsBuilder> chunks = new ArrayList<>();
        long lines = header.lines;
        for (int k = 0; k < chunkCount; k++) {
            ParsedChunk chunk = parsed.get(k);
            long trueStart = k == 0 ? bodyStart : parsed.get(k - 1).end;
            if (chunk.start != trueStart) {
                chunk = parseChunk(channel, trueStart, starts[k + 1], header, expected, n -> {});
                parsed.set(k, chunk);
            }
            chunks.add(shiftLines(chunk.builder, lines));
            lines += chunk.lines;
            if (chunk.builder.failed()) {
                break;
            }
        }
        return chunks;
    }

    private ParsedChunk parseChunk(
            FileChannel channel, long from, long to, Header header, int expected, LongConsumer bytesRead)
            throws IOException {
        CsvRecordReader reader = new CsvRecordReader(
                ByteSource.of(channel, from),
                file,
                from,
                header.delimiter,
                options.limits().maxRecordBytes(),
                bytesRead);
        EventColumnsBuilder builder = newBuilder(header, expected);
        long end = parse(reader, to, builder, header);
        return new ParsedChunk(from, end, reader.linesConsumed(), builder);
    }

    /** Parses records starting before {@code to}; returns the offset where the first unparsed record starts. */
    private long parse(CsvRecordReader reader, long to, EventColumnsBuilder builder, Header header) throws IOException {
        int width = header.names.size();
        while (!builder.failed() && reader.nextOffset() < to && reader.next()) {
            long line = reader.recordLine();
            if (reader.malformed() != null) {
                builder.reject(
                        line, null, null, reader.malformed(), "quote the whole field and double quotes inside it");
            } else if (reader.fieldCount() == 1 && reader.ends()[0] == reader.starts()[0]) {
                continue;
            } else if (reader.fieldCount() != width) {
                builder.reject(
                        line,
                        null,
                        null,
                        "the row has " + reader.fieldCount() + " fields, the header has " + width,
                        "make every row have the header's fields, quoting values that hold \"" + (char) header.delimiter
                                + "\"");
            } else {
                reader.unescapeFields();
                builder.addRow(reader.buffer(), reader.starts(), reader.ends(), reader.fieldCount(), line);
            }
        }
        return reader.nextOffset();
    }

    private Header readHeader(CsvRecordReader reader) throws IOException {
        if (!reader.next()) {
            throw BadInputException.whole(file, "the file is empty", "a CSV log needs a header line and rows");
        }
        reader.unescapeFields();
        List<String> names = new ArrayList<>();
        for (int f = 0; f < reader.fieldCount(); f++) {
            String name = new String(
                    reader.buffer(), reader.starts()[f], reader.ends()[f] - reader.starts()[f], StandardCharsets.UTF_8);
            names.add(f == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name.trim());
        }
        LogColumnMapping.ResolvedColumns columns = options.mapping().resolve(names, file);
        return new Header(names, columns, reader.delimiter(), reader.nextOffset(), reader.linesConsumed());
    }

    /** The given delimiter, else the most frequent of , ; tab | in the first line. */
    private byte delimiter(byte[] head, int length) {
        if (options.delimiter() != null) {
            return (byte) options.delimiter().charValue();
        }
        byte best = ',';
        int bestCount = 0;
        for (byte candidate : new byte[] {',', ';', '\t', '|'}) {
            int count = 0;
            for (int i = 0; i < length && head[i] != '\n'; i++) {
                if (head[i] == candidate) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private EventColumnsBuilder newBuilder(Header header, int expected) {
        return new EventColumnsBuilder(
                header.columns, file, options.onError(), options.limits().maxFieldBytes(), expected);
    }

    /** Chunk lines count from the chunk's start; problems get the lines before it added. */
    private static EventColumnsBuilder shiftLines(EventColumnsBuilder chunk, long linesBefore) {
        chunk.problems.replaceAll(p -> new InputProblem(
                p.source(), p.line() + linesBefore, p.column(), p.value(), p.reason(), p.fix(), p.setting()));
        return chunk;
    }

    private static long nextLineStart(FileChannel channel, long from) throws IOException {
        byte[] block = new byte[1 << 16];
        long position = from;
        while (true) {
            int read = channel.read(ByteBuffer.wrap(block), position);
            if (read <= 0) {
                return channel.size();
            }
            for (int i = 0; i < read; i++) {
                if (block[i] == '\n') {
                    return position + i + 1;
                }
            }
            position += read;
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(cause);
    }

    private record Header(
            List<String> names, LogColumnMapping.ResolvedColumns columns, byte delimiter, long end, long lines) {}

    private record ParsedChunk(long start, long end, long lines, EventColumnsBuilder builder) {}
}
