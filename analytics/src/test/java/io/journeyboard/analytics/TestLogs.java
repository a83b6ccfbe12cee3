package io.journeyboard.analytics;

import io.journeyboard.analytics.ingest.EventLogReader;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.analytics.log.LoadedLog;
import io.journeyboard.analytics.log.LogReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small logs written by the tests themselves. */
public final class TestLogs {

    private TestLogs() {}

    /** Writes {@code lines} (joined with newlines) to {@code dir/name}. */
    public static Path write(Path dir, String name, String... lines) {
        try {
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadedLog load(Path file, LogReadOptions options) {
        try {
            return EventLogReader.read(file, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A log from compact case lines {@code "c1: a@0 b@60 c@120"}: activity@seconds after 2024-01-01T00:00Z,
     * with optional score {@code a@0#9}.
     */
    public static EventLog cases(Path dir, String... cases) {
        StringBuilder csv = new StringBuilder("case,activity,time,score\n");
        for (String line : cases) {
            String[] parts = line.split(":", 2);
            for (String event : parts[1].trim().split("\\s+")) {
                String[] at = event.split("@");
                String[] timeAndScore = at[1].split("#");
                csv.append(parts[0].trim())
                        .append(',')
                        .append(at[0])
                        .append(',')
                        .append(1_704_067_200L + Long.parseLong(timeAndScore[0]))
                        .append(',')
                        .append(timeAndScore.length > 1 ? timeAndScore[1] : "")
                        .append('\n');
            }
        }
        return load(write(dir, "cases.csv", csv.toString().strip()), LogReadOptions.defaults())
                .log();
    }
}
