package io.journeyboard.analytics.variants;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paths of some cases from a starting event, forwards or backwards, level by level, as a Sankey:
 * level 0 holds the starting events, level {@code i} the {@code i}-th activity after (or before) them.
 * Each level shows its most frequent activities; the rest are one "other" node and cases whose path
 * stopped earlier are in "ended", so every level holds every case and all levels have the same total.
 * Beside the levels, the most frequent whole paths of {@code depth} steps (without the starting event).
 *
 * @param cases the cases followed (those with a starting event)
 */
public record PathSankey(
        boolean backward, int depth, long cases, List<Level> levels, List<Link> links, List<TopPath> topPaths) {

    public static final String OTHER = "other";
    public static final String ENDED = "ended";
    private static final int OTHER_CODE = -1;
    private static final int ENDED_CODE = -2;

    /** A node: an activity, "other" or "ended", and the cases in it at its level. */
    public record Node(String name, String kind, long cases) {}

    /** One level; its nodes' cases sum to {@link PathSankey#cases()}. */
    public record Level(int index, List<Node> nodes, int hiddenActivities) {}

    /** Cases going from a node of level {@code level} to a node of the next level. */
    public record Link(int level, String from, String to, long cases) {}

    /** A whole path in time order; {@code ended} when the case stopped before {@code depth} steps. */
    public record TopPath(List<String> activities, boolean ended, long cases, double share) {}

    /**
     * @param startEvent     per case the event paths start from, or -1 to leave the case out
     * @param nodesPerLevel  activities shown per level before the rest go to "other"
     * @param extraPerLevel  more activities shown on some levels (a node the user expanded), by level index
     */
    public static PathSankey of(
            EventLog log,
            int[] startEvent,
            boolean backward,
            int depth,
            int nodesPerLevel,
            Map<Integer, Integer> extraPerLevel,
            int topPaths) {
        int[][] codes = walk(log, startEvent, backward, depth);
        long cases = codes.length == 0 ? 0 : codes[0].length;
        List<Level> levels = new ArrayList<>();
        for (int level = 0; level <= depth; level++) {
            int limit = nodesPerLevel + extraPerLevel.getOrDefault(level, 0);
            levels.add(level(log, codes[level], limit, level));
        }
        List<Link> links = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            links.addAll(links(log, levels.get(level), levels.get(level + 1), codes[level], codes[level + 1], level));
        }
        return new PathSankey(backward, depth, cases, levels, links, top(log, codes, backward, topPaths, cases));
    }

    /** The activity code of every followed case at every level (ENDED_CODE once its path stopped). */
    private static int[][] walk(EventLog log, int[] startEvent, boolean backward, int depth) {
        int followed = 0;
        for (int start : startEvent) {
            followed += start >= 0 ? 1 : 0;
        }
        int[][] codes = new int[depth + 1][followed];
        int i = 0;
        for (int c = 0; c < startEvent.length; c++) {
            if (startEvent[c] < 0) {
                continue;
            }
            int first = log.caseStart()[c];
            int end = log.caseStart()[c + 1];
            for (int level = 0; level <= depth; level++) {
                int e = backward ? startEvent[c] - level : startEvent[c] + level;
                codes[level][i] = e >= first && e < end ? log.activity()[e] : ENDED_CODE;
            }
            i++;
        }
        return codes;
    }

    private static Level level(EventLog log, int[] codes, int limit, int index) {
        long[] counts = new long[log.activityCount()];
        long ended = 0;
        for (int code : codes) {
            if (code == ENDED_CODE) {
                ended++;
            } else {
                counts[code]++;
            }
        }
        List<Integer> present = new ArrayList<>();
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] > 0) {
                present.add(a);
            }
        }
        present.sort(Comparator.comparingLong((Integer a) -> -counts[a]).thenComparing(a -> log.activityNames()[a]));
        List<Node> nodes = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < present.size(); i++) {
            int a = present.get(i);
            if (i < limit) {
                nodes.add(new Node(log.activityNames()[a], "activity", counts[a]));
            } else {
                other += counts[a];
            }
        }
        if (other > 0) {
            nodes.add(new Node(OTHER, "other", other));
        }
        if (ended > 0) {
            nodes.add(new Node(ENDED, "ended", ended));
        }
        return new Level(index, nodes, Math.max(0, present.size() - limit));
    }

    private static List<Link> links(EventLog log, Level from, Level to, int[] fromCodes, int[] toCodes, int level) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<String, Integer> fromShown = shownCodes(log, from);
        Map<String, Integer> toShown = shownCodes(log, to);
        for (int i = 0; i < fromCodes.length; i++) {
            long fromCode = display(fromCodes[i], fromShown, log);
            long key = (fromCode << 32) | (display(toCodes[i], toShown, log) & 0xffffffffL);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        List<Link> links = new ArrayList<>();
        counts.forEach((key, count) ->
                links.add(new Link(level, name((int) (key >> 32), log), name((int) (long) key, log), count[0])));
        links.sort(Comparator.comparingLong(Link::cases)
                .reversed()
                .thenComparing(Link::from)
                .thenComparing(Link::to));
        return links;
    }

    private static Map<String, Integer> shownCodes(EventLog log, Level level) {
        Map<String, Integer> shown = new HashMap<>();
        level.nodes().stream()
                .filter(node -> node.kind().equals("activity"))
                .forEach(node -> shown.put(node.name(), 0));
        return shown;
    }

    private static int display(int code, Map<String, Integer> shown, EventLog log) {
        if (code == ENDED_CODE) {
            return ENDED_CODE;
        }
        return shown.containsKey(log.activityNames()[code]) ? code : OTHER_CODE;
    }

    private static String name(int code, EventLog log) {
        return code == ENDED_CODE ? ENDED : code == OTHER_CODE ? OTHER : log.activityNames()[code];
    }

    private static List<TopPath> top(EventLog log, int[][] codes, boolean backward, int limit, long cases) {
        Map<List<Integer>, long[]> counts = new HashMap<>();
        int depth = codes.length - 1;
        for (int i = 0; i < cases; i++) {
            List<Integer> path = new ArrayList<>(depth);
            for (int level = 1; level <= depth && codes[level][i] != ENDED_CODE; level++) {
                path.add(codes[level][i]);
            }
            counts.computeIfAbsent(path, k -> new long[1])[0]++;
        }
        List<TopPath> paths = new ArrayList<>();
        counts.forEach((path, count) -> {
            List<String> names = new ArrayList<>(
                    path.stream().map(code -> log.activityNames()[code]).toList());
            if (backward) {
                Collections.reverse(names);
            }
            paths.add(new TopPath(List.copyOf(names), path.size() < depth, count[0], (double) count[0] / cases));
        });
        paths.sort(Comparator.comparingLong(TopPath::cases)
                .reversed()
                .thenComparing(p -> String.join("\u0000", p.activities())));
        return List.copyOf(paths.subList(0, Math.min(limit, paths.size())));
    }
}
