package io.journeyboard.analytics.log;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts decompressed bytes and refuses a stream that grows past the input limit or expands more
 * than the allowed ratio over its compressed size (a "zip bomb"). The ratio is checked only past
 * 16 MiB so that small, very repetitive files stay readable.
 */
final class GuardedInputStream extends FilterInputStream {

    private static final long RATIO_CHECK_FROM = 16L << 20;

    private final String file;
    private final long compressedBytes;
    private final IngestLimits limits;
    private long count;

    GuardedInputStream(InputStream in, String file, long compressedBytes, IngestLimits limits) {
        super(in);
        this.file = file;
        this.compressedBytes = compressedBytes;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int read = super.read(b, off, len);
        if (read > 0) {
            advance(read);
        }
        return read;
    }

    private void advance(int read) {
        count += read;
        if (count > limits.maxInputBytes()) {
            throw new BadInputException(file + ": decompresses to more than " + limits.maxInputBytes()
                    + " bytes, over the input limit; raise the limit if the file is trusted");
        }
        if (count > RATIO_CHECK_FROM && count > compressedBytes * limits.maxCompressionRatio()) {
            throw new BadInputException(file + ": expands more than " + (long) limits.maxCompressionRatio()
                    + " times its compressed size, which looks like a decompression bomb; refused");
        }
    }
}
