package io.journeyboard.bench.analytics;

import io.journeyboard.analytics.log.EventLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Writes the benchmark input: a log replicated {@code copies} times as CSV
 * ({@code case_id,activity,timestamp,resource}), copy {@code r} of case {@code c} named {@code c-r},
 * rows ordered by time (events of one case keep their order on equal times). Every figure of the
 * copy is the original's times {@code copies}, except the variant and edge counts, which stay.
 */
public final class ReplicatedLogWriter {

    private ReplicatedLogWriter() {}

    public static void write(EventLog log, int copies, Path target) throws IOException {
        int n = log.eventCount();
        int[] caseOf = new int[n];
        for (int c = 0; c < log.caseCount(); c++) {
            Arrays.fill(caseOf, log.caseStart()[c], log.caseStart()[c + 1], c);
        }
        long[] time = log.timeMicros();
        // Stable sort by time: events are grouped by case and time-ordered inside, so ties keep case order.
        int[] order = IntStream.range(0, n)
                .boxed()
                .sorted((a, b) -> Long.compare(time[a], time[b]))
                .mapToInt(Integer::intValue)
                .toArray();
        String[] resources = log.resource() == null ? null : log.resource().values();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("case_id,activity,timestamp,resource\n");
            StringBuilder row = new StringBuilder(128);
            for (int e : order) {
                String timestamp = Instant.ofEpochSecond(0, time[e] * 1000).toString();
                String activity = quoted(log.activityNames()[log.activity()[e]]);
                int resource = log.resource() == null ? -1 : log.resource().codes()[e];
                String resourceText = resource < 0 ? "" : quoted(resources[resource]);
                for (int r = 0; r < copies; r++) {
                    row.setLength(0);
                    row.append(log.caseNames()[caseOf[e]])
                            .append('-')
                            .append(r)
                            .append(',')
                            .append(activity)
                            .append(',')
                            .append(timestamp)
                            .append(',')
                            .append(resourceText)
                            .append('\n');
                    out.append(row);
                }
            }
        }
    }

    private static String quoted(String value) {
        return value.indexOf(',') < 0 && value.indexOf('"') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
