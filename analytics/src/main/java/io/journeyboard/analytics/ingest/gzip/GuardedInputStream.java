package io.journeyboard.analytics.ingest.gzip;

import io.journeyboard.analytics.log.IngestLimits;
import io.journeyboard.problems.BadInputException;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Counts decompressed bytes and refuses a stream that grows past the input limit or expands more
 * than the allowed ratio over its compressed size (a "zip bomb"). The ratio is checked only past
 * 16 MiB so that small, very repetitive files stay readable. Bytes that are not gzip, or a file cut
 * short, are refused with a message naming the file instead of the JDK's bare "Not in GZIP format".
 */
public final class GuardedInputStream extends FilterInputStream {

    private static final long RATIO_CHECK_FROM = 16L << 20;

    private final String file;
    private final long compressedBytes;
    private final IngestLimits limits;
    private long count;

    private GuardedInputStream(InputStream in, String file, long compressedBytes, IngestLimits limits) {
        super(in);
        this.file = file;
        this.compressedBytes = compressedBytes;
        this.limits = limits;
    }

    /** Decompresses {@code compressed} (all of {@code file}, {@code compressedBytes} long) within the limits. */
    public static InputStream gunzip(InputStream compressed, String file, long compressedBytes, IngestLimits limits)
            throws IOException {
        try {
            return new GuardedInputStream(new GZIPInputStream(compressed, 1 << 16), file, compressedBytes, limits);
        } catch (ZipException | EOFException e) {
            throw notGzip(file);
        }
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (ZipException | EOFException e) {
            throw notGzip(file);
        }
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int read;
        try {
            read = super.read(b, off, len);
        } catch (ZipException | EOFException e) {
            throw notGzip(file);
        }
        if (read > 0) {
            advance(read);
        }
        return read;
    }

    private static BadInputException notGzip(String file) {
        return BadInputException.whole(
                file,
                "is not a complete gzip file, though its name ends in .gz",
                "compress it again with gzip (or drop .gz from the name if it is not compressed)");
    }

    private void advance(int read) {
        count += read;
        if (count > limits.maxInputBytes()) {
            throw BadInputException.whole(
                    file,
                    "decompresses to more than " + limits.maxInputBytes() + " bytes, over the input limit",
                    "raise the limit if the file is trusted");
        }
        if (count > RATIO_CHECK_FROM && count > compressedBytes * limits.maxCompressionRatio()) {
            throw BadInputException.whole(
                    file,
                    "expands more than " + (long) limits.maxCompressionRatio()
                            + " times its compressed size, which looks like a decompression bomb",
                    "decompress it yourself and read the plain file if it is trusted");
        }
    }
}
