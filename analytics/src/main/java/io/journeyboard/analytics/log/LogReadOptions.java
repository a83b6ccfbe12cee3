package io.journeyboard.analytics.log;

import java.util.function.LongConsumer;

/**
 * How to read a log: the column mapping, the delimiter (null: detected), what to do with bad rows,
 * the limits, how many threads may parse, and a callback told the number of input bytes read so far.
 */
public record LogReadOptions(
        LogColumnMapping mapping,
        Character delimiter,
        OnError onError,
        IngestLimits limits,
        int threads,
        LongConsumer progress) {

    public static LogReadOptions defaults() {
        return new LogReadOptions(
                LogColumnMapping.detect(),
                null,
                OnError.FAIL,
                IngestLimits.DEFAULT,
                Runtime.getRuntime().availableProcessors(),
                bytes -> {});
    }

    public LogReadOptions withMapping(LogColumnMapping value) {
        return new LogReadOptions(value, delimiter, onError, limits, threads, progress);
    }

    public LogReadOptions withOnError(OnError value) {
        return new LogReadOptions(mapping, delimiter, value, limits, threads, progress);
    }

    public LogReadOptions withLimits(IngestLimits value) {
        return new LogReadOptions(mapping, delimiter, onError, value, threads, progress);
    }

    public LogReadOptions withProgress(LongConsumer value) {
        return new LogReadOptions(mapping, delimiter, onError, limits, threads, value);
    }

    public LogReadOptions withDelimiter(Character value) {
        return new LogReadOptions(mapping, value, onError, limits, threads, progress);
    }
}
