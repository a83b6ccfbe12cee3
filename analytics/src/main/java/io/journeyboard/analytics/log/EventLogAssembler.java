package io.journeyboard.analytics.log;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Merges the chunk builders of one input (in input order) into an {@link EventLog}: global
 * dictionaries, then a counting sort by case and a stable sort by time inside each case.
 */
public final class EventLogAssembler {

    private EventLogAssembler() {}

    public static EventLog assemble(List<EventColumnsBuilder> chunks) {
        EventColumnsBuilder first = chunks.get(0);
        int n = chunks.stream().mapToInt(c -> c.size).sum();
        int[] chunkOffset = new int[chunks.size() + 1];
        for (int i = 0; i < chunks.size(); i++) {
            chunkOffset[i + 1] = chunkOffset[i] + chunks.get(i).size;
        }
        ByteDictionary caseDictionary = new ByteDictionary();
        int[][] caseRemap = remaps(caseDictionary, chunks, c -> c.cases);
        ByteDictionary activityDictionary = new ByteDictionary();
        int[][] activityRemap = remaps(activityDictionary, chunks, c -> c.activities);

        int[] caseOf = new int[n];
        int[] activityRaw = new int[n];
        long[] timeRaw = new long[n];
        IntStream.range(0, chunks.size()).parallel().forEach(k -> {
            EventColumnsBuilder chunk = chunks.get(k);
            int base = chunkOffset[k];
            for (int i = 0; i < chunk.size; i++) {
                caseOf[base + i] = caseRemap[k][chunk.caseCodes[i]];
                activityRaw[base + i] = activityRemap[k][chunk.activityCodes[i]];
            }
            System.arraycopy(chunk.times, 0, timeRaw, base, chunk.size);
        });

        int caseCount = caseDictionary.size();
        int[] caseStart = new int[caseCount + 1];
        for (int c : caseOf) {
            caseStart[c + 1]++;
        }
        for (int c = 0; c < caseCount; c++) {
            caseStart[c + 1] += caseStart[c];
        }
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(caseStart, caseCount);
        for (int i = 0; i < n; i++) {
            order[fill[caseOf[i]]++] = i;
        }
        IntStream.range(0, caseCount)
                .parallel()
                .forEach(c -> sortByTime(order, caseStart[c], caseStart[c + 1], timeRaw));

        LogColumnRole[] roles = EventColumnsBuilder.categoricalRoles();
        Categorical[] categorical = new Categorical[roles.length];
        for (int r = 0; r < roles.length; r++) {
            if (first.categorical[r] != null) {
                int index = r;
                categorical[r] = merge(
                        first.columns.name(roles[r]),
                        chunks,
                        c -> c.categorical[index],
                        c -> c.categoricalCodes[index],
                        chunkOffset,
                        order);
            }
        }
        Map<String, Categorical> attributes = new LinkedHashMap<>();
        for (int a = 0; a < first.attributes.length; a++) {
            int index = a;
            String name = first.columns.attributes().get(a);
            attributes.put(
                    name,
                    merge(name, chunks, c -> c.attributes[index], c -> c.attributeCodes[index], chunkOffset, order));
        }
        return new EventLog(
                caseDictionary.values(),
                caseStart,
                activityDictionary.values(),
                gather(activityRaw, order),
                gather(timeRaw, order),
                categorical[0],
                categorical[1],
                categorical[2],
                first.scores == null ? null : gatherScores(chunks, chunkOffset, order),
                first.texts == null ? null : gatherTexts(chunks, chunkOffset, order),
                attributes);
    }

    /** Stable: equal times keep input order, because {@code order} holds input indexes ascending per case. */
    private static void sortByTime(int[] order, int from, int to, long[] time) {
        for (int i = from + 1; i < to; i++) {
            int event = order[i];
            long t = time[event];
            int j = i - 1;
            if (time[order[j]] <= t) {
                continue;
            }
            if (to - from > 64) {
                sortLongCase(order, from, to, time);
                return;
            }
            while (j >= from && time[order[j]] > t) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = event;
        }
    }

    private static void sortLongCase(int[] order, int from, int to, long[] time) {
        Integer[] boxed = IntStream.range(from, to).mapToObj(i -> order[i]).toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> time[a] != time[b] ? Long.compare(time[a], time[b]) : Integer.compare(a, b));
        for (int i = from; i < to; i++) {
            order[i] = boxed[i - from];
        }
    }

    private static int[][] remaps(
            ByteDictionary global,
            List<EventColumnsBuilder> chunks,
            Function<EventColumnsBuilder, ByteDictionary> dictionary) {
        int[][] remaps = new int[chunks.size()][];
        for (int k = 0; k < chunks.size(); k++) {
            remaps[k] = global.absorb(dictionary.apply(chunks.get(k)));
        }
        return remaps;
    }

    private static Categorical merge(
            String name,
            List<EventColumnsBuilder> chunks,
            Function<EventColumnsBuilder, ByteDictionary> dictionary,
            Function<EventColumnsBuilder, int[]> codes,
            int[] chunkOffset,
            int[] order) {
        ByteDictionary global = new ByteDictionary();
        int[][] remap = remaps(global, chunks, dictionary);
        int[] raw = new int[order.length];
        for (int k = 0; k < chunks.size(); k++) {
            int[] local = codes.apply(chunks.get(k));
            for (int i = 0; i < chunks.get(k).size; i++) {
                raw[chunkOffset[k] + i] = local[i] < 0 ? -1 : remap[k][local[i]];
            }
        }
        return new Categorical(name, global.values(), gather(raw, order));
    }

    private static int[] gather(int[] raw, int[] order) {
        int[] out = new int[order.length];
        Arrays.parallelSetAll(out, i -> raw[order[i]]);
        return out;
    }

    private static long[] gather(long[] raw, int[] order) {
        long[] out = new long[order.length];
        Arrays.parallelSetAll(out, i -> raw[order[i]]);
        return out;
    }

    private static double[] gatherScores(List<EventColumnsBuilder> chunks, int[] chunkOffset, int[] order) {
        double[] raw = new double[order.length];
        for (int k = 0; k < chunks.size(); k++) {
            System.arraycopy(chunks.get(k).scores, 0, raw, chunkOffset[k], chunks.get(k).size);
        }
        double[] out = new double[order.length];
        Arrays.setAll(out, i -> raw[order[i]]);
        return out;
    }

    private static String[] gatherTexts(List<EventColumnsBuilder> chunks, int[] chunkOffset, int[] order) {
        String[] raw = new String[order.length];
        for (int k = 0; k < chunks.size(); k++) {
            System.arraycopy(chunks.get(k).texts, 0, raw, chunkOffset[k], chunks.get(k).size);
        }
        String[] out = new String[order.length];
        Arrays.setAll(out, i -> raw[order[i]]);
        return out;
    }
}
