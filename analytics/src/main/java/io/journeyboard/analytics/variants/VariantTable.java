package io.journeyboard.analytics.variants;

import io.journeyboard.analytics.Distribution;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variants of some cases with what a variant list shows beside the share: the number of activities
 * and how long its cases took (first to last event). The figures of {@link VariantAnalysis} (count,
 * order, shares) are the same; this adds durations.
 */
public record VariantTable(long variantCount, long casesConsidered, List<Row> rows) {

    /** One variant, most frequent first; {@code rank} starts at 1. */
    public record Row(
            int rank,
            List<String> activities,
            long cases,
            double share,
            int length,
            double meanSeconds,
            double medianSeconds) {}

    public static VariantTable of(EventLog log, int limit, boolean[] keep) {
        Map<ActivitySequence, List<Double>> durations = new HashMap<>();
        long considered = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            if (keep != null && !keep[c]) {
                continue;
            }
            considered++;
            int from = log.caseStart()[c];
            int to = log.caseStart()[c + 1];
            double seconds = (log.timeMicros()[to - 1] - log.timeMicros()[from]) / 1e6;
            durations
                    .computeIfAbsent(new ActivitySequence(log.activity(), from, to), k -> new ArrayList<>())
                    .add(seconds);
        }
        List<Map.Entry<ActivitySequence, List<Double>>> entries = new ArrayList<>(durations.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<ActivitySequence, List<Double>> e) ->
                        -e.getValue().size())
                .thenComparing(e -> String.join("\u0000", e.getKey().names(log.activityNames()))));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, entries.size()); i++) {
            List<String> activities = List.of(entries.get(i).getKey().names(log.activityNames()));
            double[] seconds = entries.get(i).getValue().stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            double mean = Arrays.stream(seconds).average().orElse(0);
            rows.add(new Row(
                    i + 1,
                    activities,
                    seconds.length,
                    (double) seconds.length / considered,
                    activities.size(),
                    mean,
                    Distribution.of(seconds).median()));
        }
        return new VariantTable(entries.size(), considered, rows);
    }
}
