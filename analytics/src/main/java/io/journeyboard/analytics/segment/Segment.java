package io.journeyboard.analytics.segment;

import io.journeyboard.analytics.log.EventLog;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of cases: those whose value of each named attribute is one of the given values, that started
 * in {@code [fromMicros, toMicros)} (either bound may be absent) and, when {@code variant} is given,
 * whose activities are exactly that sequence. An empty segment keeps every case.
 *
 * @param attributes attribute name to the values kept (a case without a value is kept only when the set holds "")
 */
public record Segment(Map<String, Set<String>> attributes, Long fromMicros, Long toMicros, List<String> variant) {

    public static final Segment ALL = new Segment(Map.of(), null, null, null);

    public Segment {
        attributes = Map.copyOf(attributes);
        variant = variant == null ? null : List.copyOf(variant);
    }

    public boolean isAll() {
        return attributes.isEmpty() && fromMicros == null && toMicros == null && variant == null;
    }

    /** One flag per case: is it in the segment. */
    public boolean[] cases(EventLog log) {
        boolean[] keep = new boolean[log.caseCount()];
        Arrays.fill(keep, true);
        attributes.forEach((name, values) -> keepValues(CaseValues.of(log, name), values, keep));
        if (fromMicros != null || toMicros != null) {
            long from = fromMicros == null ? Long.MIN_VALUE : fromMicros;
            long to = toMicros == null ? Long.MAX_VALUE : toMicros;
            for (int c = 0; c < keep.length; c++) {
                long started = log.timeMicros()[log.caseStart()[c]];
                keep[c] &= started >= from && started < to;
            }
        }
        if (variant != null) {
            keepVariant(log, keep);
        }
        return keep;
    }

    private static void keepValues(CaseValues column, Set<String> values, boolean[] keep) {
        boolean[] wanted = new boolean[column.values().length];
        for (int v = 0; v < wanted.length; v++) {
            wanted[v] = values.contains(column.values()[v]);
        }
        boolean none = values.contains("");
        for (int c = 0; c < keep.length; c++) {
            int code = column.codeOfCase()[c];
            keep[c] &= code < 0 ? none : wanted[code];
        }
    }

    private void keepVariant(EventLog log, boolean[] keep) {
        List<String> names = Arrays.asList(log.activityNames());
        int[] codes = new int[variant.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = names.indexOf(variant.get(i));
            if (codes[i] < 0) {
                throw new IllegalArgumentException(
                        "the variant names \"" + variant.get(i) + "\", which is not an activity of the log");
            }
        }
        for (int c = 0; c < keep.length; c++) {
            int from = log.caseStart()[c];
            int to = log.caseStart()[c + 1];
            keep[c] &= Arrays.equals(log.activity(), from, to, codes, 0, codes.length);
        }
    }
}
