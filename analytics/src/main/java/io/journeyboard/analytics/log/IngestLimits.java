package io.journeyboard.analytics.log;

/**
 * Bounds that keep a huge or malicious input from exhausting memory: a file (or its decompressed
 * content) larger than {@code maxInputBytes}, a field longer than {@code maxFieldBytes}, a record
 * longer than {@code maxRecordBytes} (typically an unclosed quote) or a {@code .gz} that expands more
 * than {@code maxCompressionRatio} times is refused with a message.
 */
public record IngestLimits(long maxInputBytes, int maxFieldBytes, int maxRecordBytes, double maxCompressionRatio) {

    /** 2 GiB of input, 64 KiB per field, 1 MiB per record, 100× expansion for compressed input. */
    public static final IngestLimits DEFAULT = new IngestLimits(2L << 30, 64 << 10, 1 << 20, 100.0);

    public IngestLimits {
        if (maxInputBytes <= 0 || maxFieldBytes <= 0 || maxRecordBytes < maxFieldBytes || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("limits must be positive and a record must hold at least one field");
        }
    }

    public IngestLimits withMaxInputBytes(long bytes) {
        return new IngestLimits(bytes, maxFieldBytes, maxRecordBytes, maxCompressionRatio);
    }
}
