package io.journeyboard.analytics.ingest;

import io.journeyboard.analytics.log.EventColumnsBuilder;
import io.journeyboard.analytics.log.LogReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A log format read by a module beside this one, found through {@link java.util.ServiceLoader}. Parquet is
 * one: its reader needs Java 21, and this module stays on Java 17 for the Spark job, which reads Parquet its
 * own way.
 */
public interface PluggedLogFormat {

    /** The format's name in reports and messages, such as {@code parquet}; also its file suffix. */
    String name();

    /** The column names of {@code path}, for a screen that asks which column is which. */
    List<String> columnNames(Path path, String file) throws IOException;

    /**
     * Reads {@code path}, calling it {@code file} in messages, into one or more chunks in input order;
     * {@code progress} receives the bytes read since its last call.
     */
    List<EventColumnsBuilder> read(Path path, String file, LogReadOptions options, LongConsumer progress)
            throws IOException;
}
