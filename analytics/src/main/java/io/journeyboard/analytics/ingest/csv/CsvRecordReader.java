package io.journeyboard.analytics.ingest.csv;

import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Splits bytes into CSV records (RFC 4180: any one-byte delimiter, {@code "} quoting with doubled
 * quotes inside, CRLF or LF, newlines allowed inside quotes). Field {@code i} of the current record is
 * {@code buffer()[start(i)..end(i))}; a field that held doubled quotes is unescaped on request.
 */
final class CsvRecordReader {

    private static final int BLOCK = 1 << 20;

    private final ByteSource source;
    private final String file;
    private final byte delimiter;
    private final int maxRecordBytes;
    private final LongConsumer bytesRead;
    private byte[] buf = new byte[2 * BLOCK];
    private int pos;
    private int limit;
    private boolean eof;
    private long bufferOffset;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] escaped = new boolean[16];
    private int fieldCount;
    private long linesBefore;
    private long recordLine;
    private long recordOffset;
    private String malformed;
    private int lineBreaks;

    CsvRecordReader(
            ByteSource source,
            String file,
            long sourceOffset,
            byte delimiter,
            int maxRecordBytes,
            LongConsumer bytesRead) {
        this.source = source;
        this.file = file;
        this.bufferOffset = sourceOffset;
        this.delimiter = delimiter;
        this.maxRecordBytes = maxRecordBytes;
        this.bytesRead = bytesRead;
    }

    /** Moves to the next record; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            int scanned = scanRecord();
            if (scanned >= 0) {
                recordOffset = bufferOffset + pos;
                recordLine = linesBefore + 1;
                linesBefore += lineBreaks;
                pos = scanned;
                return true;
            }
            if (!fill()) {
                throw new IllegalStateException("scan needs more input at the end");
            }
        }
    }

    /** Scans the record at {@code pos}; returns the position after it, or -1 when more input is needed. */
    private int scanRecord() {
        int p = pos;
        int field = 0;
        lineBreaks = 0;
        malformed = null;
        final byte[] b = buf;
        final int lim = limit;
        final byte delim = delimiter;
        while (true) {
            if (field == starts.length) {
                growFields();
            }
            escaped[field] = false;
            if (p < lim && b[p] == '"') {
                int start = ++p;
                while (true) {
                    if (p >= lim) {
                        return eof ? unclosedQuote(field, start, lim) : -1;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) {
                            return -1;
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            escaped[field] = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        lineBreaks++;
                    }
                    p++;
                }
                starts[field] = start;
                ends[field] = p;
                p++;
                if (p < lim && b[p] != delim && b[p] != '\n' && b[p] != '\r' && malformed == null) {
                    malformed = "text after a closing quote";
                }
                while (p < lim && b[p] != delim && b[p] != '\n') {
                    p++;
                }
            } else {
                int start = p;
                while (p < lim) {
                    byte c = b[p];
                    if (c == delim || c == '\n') {
                        break;
                    }
                    p++;
                }
                starts[field] = start;
                boolean recordEnds = p == lim || b[p] == '\n';
                ends[field] = recordEnds && p > start && b[p - 1] == '\r' ? p - 1 : p;
            }
            if (p >= lim) {
                if (!eof) {
                    return -1;
                }
                fieldCount = field + 1;
                return p;
            }
            if (b[p] == '\n') {
                lineBreaks++;
                fieldCount = field + 1;
                return p + 1;
            }
            p++;
            field++;
        }
    }

    private int unclosedQuote(int field, int start, int lim) {
        starts[field] = start;
        ends[field] = lim;
        fieldCount = field + 1;
        malformed = "a quote opened here is never closed";
        return lim;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufferOffset += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= maxRecordBytes + BLOCK) {
                throw BadInputException.whole(
                        file,
                        "the record at byte " + bufferOffset + " is longer than " + maxRecordBytes
                                + " bytes (is a quote left open?)",
                        "close the quote or split the record");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = source.read(buf, limit, Math.min(BLOCK, buf.length - limit));
        if (read < 0) {
            eof = true;
            return limit > pos;
        }
        limit += read;
        bytesRead.accept(read);
        return true;
    }

    private void growFields() {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
        escaped = Arrays.copyOf(escaped, escaped.length * 2);
    }

    /** Rewrites doubled quotes of escaped fields in place so that every field reads as its value. */
    void unescapeFields() {
        for (int f = 0; f < fieldCount; f++) {
            if (escaped[f]) {
                int w = starts[f];
                for (int r = starts[f]; r < ends[f]; r++) {
                    buf[w++] = buf[r];
                    if (buf[r] == '"') {
                        r++;
                    }
                }
                ends[f] = w;
                escaped[f] = false;
            }
        }
    }

    byte delimiter() {
        return delimiter;
    }

    byte[] buffer() {
        return buf;
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** 1-based line where the current record starts, counted from where this reader started. */
    long recordLine() {
        return recordLine;
    }

    /** Offset of the current record's first byte in the source. */
    long recordOffset() {
        return recordOffset;
    }

    /** Offset just after the current record: where the next one starts. */
    long nextOffset() {
        return bufferOffset + pos;
    }

    long linesConsumed() {
        return linesBefore;
    }

    /** Why the current record is malformed, or null. */
    String malformed() {
        return malformed;
    }
}
