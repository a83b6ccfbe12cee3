package io.journeyboard.server.dataset;

import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The batches of a dataset, in the order they were accepted, as one {@link EventLog}: one
 * dictionary per column, events grouped by case and ordered by time inside a case. Equal times keep
 * the order of arrival, so a log read whole and the same events appended in batches give the same log.
 * A column one batch lacks is empty (code -1, no score) for that batch's events.
 */
final class BatchMerge {

    private BatchMerge() {}

    static EventLog merge(List<EventLog> batches) {
        if (batches.size() == 1) {
            return batches.getFirst();
        }
        int total = batches.stream().mapToInt(EventLog::eventCount).sum();
        Map<String, Integer> caseCodes = new LinkedHashMap<>();
        Dictionary activities = new Dictionary();
        int[] caseOf = new int[total];
        int[] activityRaw = new int[total];
        long[] timeRaw = new long[total];
        int base = 0;
        for (EventLog batch : batches) {
            int[] activityRemap = activities.absorb(batch.activityNames());
            for (int c = 0; c < batch.caseCount(); c++) {
                int code = caseCodes.computeIfAbsent(batch.caseNames()[c], name -> caseCodes.size());
                for (int e = batch.caseStart()[c]; e < batch.caseStart()[c + 1]; e++) {
                    caseOf[base + e] = code;
                }
            }
            for (int e = 0; e < batch.eventCount(); e++) {
                activityRaw[base + e] = activityRemap[batch.activity()[e]];
                timeRaw[base + e] = batch.timeMicros()[e];
            }
            base += batch.eventCount();
        }
        int caseCount = caseCodes.size();
        int[] caseStart = new int[caseCount + 1];
        for (int c : caseOf) {
            caseStart[c + 1]++;
        }
        for (int c = 0; c < caseCount; c++) {
            caseStart[c + 1] += caseStart[c];
        }
        int[] order = orderByCaseThenTime(caseOf, caseStart, timeRaw);
        Map<String, Categorical> attributes = new LinkedHashMap<>();
        for (String name : attributeNames(batches)) {
            attributes.put(name, categorical(name, batches, b -> b.attributes().get(name), order));
        }
        return new EventLog(
                caseCodes.keySet().toArray(String[]::new),
                caseStart,
                activities.values(),
                gather(activityRaw, order),
                gather(timeRaw, order),
                categorical(batches, EventLog::channel, order),
                categorical(batches, EventLog::stage, order),
                categorical(batches, EventLog::resource, order),
                scores(batches, total, order),
                texts(batches, total, order),
                attributes);
    }

    private static int[] orderByCaseThenTime(int[] caseOf, int[] caseStart, long[] time) {
        int[] order = new int[caseOf.length];
        int[] fill = Arrays.copyOf(caseStart, caseStart.length - 1);
        for (int i = 0; i < caseOf.length; i++) {
            order[fill[caseOf[i]]++] = i;
        }
        for (int c = 0; c + 1 < caseStart.length; c++) {
            sortByTime(order, caseStart[c], caseStart[c + 1], time);
        }
        return order;
    }

    /** Insertion sort: within a batch a case is already in time order, so there is little to move. */
    private static void sortByTime(int[] order, int from, int to, long[] time) {
        for (int i = from + 1; i < to; i++) {
            int event = order[i];
            int j = i - 1;
            while (j >= from && time[order[j]] > time[event]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = event;
        }
    }

    private static Set<String> attributeNames(List<EventLog> batches) {
        Set<String> names = new LinkedHashSet<>();
        batches.forEach(batch -> names.addAll(batch.attributes().keySet()));
        return names;
    }

    private static Categorical categorical(
            List<EventLog> batches, Function<EventLog, Categorical> column, int[] order) {
        String name = batches.stream()
                .map(column)
                .filter(c -> c != null)
                .map(Categorical::name)
                .findFirst()
                .orElse(null);
        return name == null ? null : categorical(name, batches, column, order);
    }

    private static Categorical categorical(
            String name, List<EventLog> batches, Function<EventLog, Categorical> column, int[] order) {
        Dictionary values = new Dictionary();
        int[] raw = new int[order.length];
        int base = 0;
        for (EventLog batch : batches) {
            Categorical local = column.apply(batch);
            if (local == null) {
                Arrays.fill(raw, base, base + batch.eventCount(), -1);
            } else {
                int[] remap = values.absorb(local.values());
                for (int e = 0; e < batch.eventCount(); e++) {
                    raw[base + e] = local.codes()[e] < 0 ? -1 : remap[local.codes()[e]];
                }
            }
            base += batch.eventCount();
        }
        return new Categorical(name, values.values(), gather(raw, order));
    }

    private static double[] scores(List<EventLog> batches, int total, int[] order) {
        if (batches.stream().allMatch(b -> b.score() == null)) {
            return null;
        }
        double[] raw = new double[total];
        int base = 0;
        for (EventLog batch : batches) {
            if (batch.score() == null) {
                Arrays.fill(raw, base, base + batch.eventCount(), Double.NaN);
            } else {
                System.arraycopy(batch.score(), 0, raw, base, batch.eventCount());
            }
            base += batch.eventCount();
        }
        double[] out = new double[total];
        Arrays.setAll(out, i -> raw[order[i]]);
        return out;
    }

    private static String[] texts(List<EventLog> batches, int total, int[] order) {
        if (batches.stream().allMatch(b -> b.text() == null)) {
            return null;
        }
        String[] raw = new String[total];
        int base = 0;
        for (EventLog batch : batches) {
            if (batch.text() != null) {
                System.arraycopy(batch.text(), 0, raw, base, batch.eventCount());
            }
            base += batch.eventCount();
        }
        String[] out = new String[total];
        Arrays.setAll(out, i -> raw[order[i]]);
        return out;
    }

    private static int[] gather(int[] raw, int[] order) {
        int[] out = new int[order.length];
        Arrays.setAll(out, i -> raw[order[i]]);
        return out;
    }

    private static long[] gather(long[] raw, int[] order) {
        long[] out = new long[order.length];
        Arrays.setAll(out, i -> raw[order[i]]);
        return out;
    }

    /** Values in order of first appearance, across batches. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int[] absorb(String[] local) {
            int[] remap = new int[local.length];
            for (int i = 0; i < local.length; i++) {
                remap[i] = codes.computeIfAbsent(local[i], value -> {
                    values.add(value);
                    return values.size() - 1;
                });
            }
            return remap;
        }

        String[] values() {
            return values.toArray(String[]::new);
        }
    }
}
