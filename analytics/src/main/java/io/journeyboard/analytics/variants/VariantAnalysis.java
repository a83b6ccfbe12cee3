package io.journeyboard.analytics.variants;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Variants: the distinct activity sequences of cases, with how many cases follow each. The top
 * {@code limit} are listed, most frequent first; shares are of the cases considered.
 */
public record VariantAnalysis(long variantCount, long casesConsidered, List<Variant> top) {

    /** One variant: its activities in order, its case count and share of the cases considered. */
    public record Variant(List<String> activities, long cases, double share) {}

    /** All cases. */
    public static VariantAnalysis of(EventLog log, int limit) {
        return of(log, limit, null);
    }

    /** The cases whose flag in {@code keep} is set, or all cases when {@code keep} is null. */
    public static VariantAnalysis of(EventLog log, int limit, boolean[] keep) {
        Map<ActivitySequence, long[]> counts = new HashMap<>();
        long considered = 0;
        for (int c = 0; c < log.caseCount(); c++) {
            if (keep == null || keep[c]) {
                considered++;
                counts.computeIfAbsent(
                                new ActivitySequence(log.activity(), log.caseStart()[c], log.caseStart()[c + 1]),
                                key -> new long[1])[0]++;
            }
        }
        long total = considered;
        List<Map.Entry<ActivitySequence, long[]>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<ActivitySequence, long[]> e) -> e.getValue()[0])
                .reversed()
                .thenComparing(e -> String.join("\u0000", e.getKey().names(log.activityNames()))));
        List<Variant> top = entries.stream()
                .limit(limit)
                .map(e -> new Variant(
                        List.of(e.getKey().names(log.activityNames())),
                        e.getValue()[0],
                        (double) e.getValue()[0] / total))
                .toList();
        return new VariantAnalysis(counts.size(), considered, top);
    }
}
