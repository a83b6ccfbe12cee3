package io.journeyboard.analytics.funnel;

import io.journeyboard.analytics.segment.CaseValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel split by one or more attributes. Every entered case falls in exactly one row, so the
 * rows add up to the whole funnel: a case without a value is in a "(none)" part, and the groups
 * beyond the {@code maxRows} largest are summed in one "other" row.
 */
public record FunnelBreakdown(List<String> attributes, List<Row> rows) {

    public static final String NONE = "(none)";
    public static final String OTHER = "other";

    /** One group of cases: the attribute values in the order of {@link #attributes()}, and its funnel. */
    public record Row(List<String> values, boolean other, FunnelFigures funnel) {}

    public static FunnelBreakdown of(FunnelCases cases, List<CaseValues> by, int maxRows) {
        int n = cases.caseCount();
        int[] groupOf = new int[n];
        long[] radix = radix(by);
        Map<Long, Integer> groups = new HashMap<>();
        List<List<Integer>> keys = new ArrayList<>();
        List<long[]> sizes = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (!cases.entered(c)) {
                groupOf[c] = -1;
                continue;
            }
            // the values' codes (+1, so that "no value" is 0) as one number in mixed radix: no key object per case
            long combined = 0;
            for (int a = 0; a < by.size(); a++) {
                combined = combined * radix[a] + by.get(a).codeOfCase()[c] + 1;
            }
            Integer group = groups.get(combined);
            if (group == null) {
                group = keys.size();
                groups.put(combined, group);
                List<Integer> key = new ArrayList<>(by.size());
                for (CaseValues column : by) {
                    key.add(column.codeOfCase()[c]);
                }
                keys.add(key);
                sizes.add(new long[1]);
            }
            groupOf[c] = group;
            sizes.get(group)[0]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < keys.size(); g++) {
            order.add(g);
        }
        order.sort(
                Comparator.comparingLong((Integer g) -> -sizes.get(g)[0]).thenComparing(g -> label(keys.get(g), by)));
        // the shown groups are rows 0..shown-1, every other group is the "other" row: all rows in one pass
        int shown = keys.size() > maxRows ? maxRows - 1 : keys.size();
        int[] rowOfGroup = new int[keys.size()];
        Arrays.fill(rowOfGroup, shown);
        for (int i = 0; i < shown; i++) {
            rowOfGroup[order.get(i)] = i;
        }
        int[] rowOf = new int[n];
        for (int c = 0; c < n; c++) {
            rowOf[c] = groupOf[c] < 0 ? -1 : rowOfGroup[groupOf[c]];
        }
        boolean hasOther = shown < keys.size();
        List<FunnelFigures> figures = FunnelFigures.ofGroups(cases, rowOf, shown + (hasOther ? 1 : 0));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            rows.add(new Row(values(keys.get(order.get(i)), by), false, figures.get(i)));
        }
        if (hasOther) {
            List<String> other = by.stream().map(column -> OTHER).toList();
            rows.add(new Row(other, true, figures.get(shown)));
        }
        return new FunnelBreakdown(by.stream().map(CaseValues::attribute).toList(), rows);
    }

    /** Each attribute's count of values plus one; refused when their combinations do not fit a long. */
    private static long[] radix(List<CaseValues> by) {
        long[] radix = new long[by.size()];
        long product = 1;
        for (int a = 0; a < radix.length; a++) {
            radix[a] = by.get(a).values().length + 1L;
            if (product > Long.MAX_VALUE / radix[a]) {
                throw new IllegalArgumentException("breaking down by " + by.size() + " attributes with this many "
                        + "values makes too many combinations; break down by fewer attributes");
            }
            product *= radix[a];
        }
        return radix;
    }

    private static List<String> values(List<Integer> key, List<CaseValues> by) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            values.add(key.get(i) < 0 ? NONE : by.get(i).values()[key.get(i)]);
        }
        return values;
    }

    private static String label(List<Integer> key, List<CaseValues> by) {
        return String.join("\u0000", values(key, by));
    }
}
