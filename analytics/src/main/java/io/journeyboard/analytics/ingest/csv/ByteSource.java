package io.journeyboard.analytics.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Bytes read in blocks, from a file region starting at an offset or from a stream. */
interface ByteSource {

    /** Reads up to {@code len} bytes into {@code buf}; returns -1 at the end. */
    int read(byte[] buf, int off, int len) throws IOException;

    static ByteSource of(FileChannel channel, long start) {
        long[] position = {start};
        return (buf, off, len) -> {
            int read = channel.read(ByteBuffer.wrap(buf, off, len), position[0]);
            if (read > 0) {
                position[0] += read;
            }
            return read;
        };
    }

    static ByteSource of(InputStream in) {
        return in::read;
    }
}
