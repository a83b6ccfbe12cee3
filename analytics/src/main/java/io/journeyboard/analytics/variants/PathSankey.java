package io.journeyboard.analytics.variants;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
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
     * The activity code of every followed case at every level (ended once its path stopped): the expensive
     * part of a Sankey, walked once and shared by the questions that differ only in the nodes shown.
     */
    public static final class Walk {

        private final boolean backward;
        private final int depth;
        private final int[][] codes;

        private Walk(boolean backward, int depth, int[][] codes) {
            this.backward = backward;
            this.depth = depth;
            this.codes = codes;
        }

        /**
         * @param startEvent per case the event paths start from, or -1 to leave the case out
         */
        public static Walk of(EventLog log, int[] startEvent, boolean backward, int depth) {
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
            return new Walk(backward, depth, codes);
        }

        /** The cases followed. */
        public long cases() {
            return codes[0].length;
        }

        /** Roughly the bytes it holds, for a cache. */
        public long bytes() {
            return 4L * codes.length * codes[0].length;
        }
    }

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
        return of(log, Walk.of(log, startEvent, backward, depth), nodesPerLevel, extraPerLevel, topPaths);
    }

    /** The Sankey of an earlier {@link Walk} of the same log. */
    public static PathSankey of(
            EventLog log, Walk walk, int nodesPerLevel, Map<Integer, Integer> extraPerLevel, int topPaths) {
        int[][] codes = walk.codes;
        int depth = walk.depth;
        long cases = walk.cases();
        List<Level> levels = new ArrayList<>();
        for (int level = 0; level <= depth; level++) {
            int limit = nodesPerLevel + extraPerLevel.getOrDefault(level, 0);
            levels.add(level(log, codes[level], limit, level));
        }
        List<Link> links = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            links.addAll(links(log, levels.get(level), levels.get(level + 1), codes[level], codes[level + 1], level));
        }
        return new PathSankey(
                walk.backward, depth, cases, levels, links, top(log, codes, walk.backward, topPaths, cases));
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
        int[] fromSlot = slots(log, from);
        int[] toSlot = slots(log, to);
        int fromSlots = from.nodes().size() + 2;
        int toSlots = to.nodes().size() + 2;
        long[] counts = new long[fromSlots * toSlots];
        for (int i = 0; i < fromCodes.length; i++) {
            counts[slot(fromSlot, from, fromCodes[i]) * toSlots + slot(toSlot, to, toCodes[i])]++;
        }
        List<Link> links = new ArrayList<>();
        for (int f = 0; f < fromSlots; f++) {
            for (int t = 0; t < toSlots; t++) {
                long count = counts[f * toSlots + t];
                if (count > 0) {
                    links.add(new Link(level, slotName(from, f), slotName(to, t), count));
                }
            }
        }
        links.sort(Comparator.comparingLong(Link::cases)
                .reversed()
                .thenComparing(Link::from)
                .thenComparing(Link::to));
        return links;
    }

    /**
     * Per activity code, the index of its node on the level, or -1 when it is not shown (it is in "other"):
     * a link's ends are then counted in a table of slots, node indices then "other" then "ended".
     */
    private static int[] slots(EventLog log, Level level) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < level.nodes().size(); i++) {
            if (level.nodes().get(i).kind().equals("activity")) {
                index.put(level.nodes().get(i).name(), i);
            }
        }
        int[] slots = new int[log.activityCount()];
        for (int a = 0; a < slots.length; a++) {
            slots[a] = index.getOrDefault(log.activityNames()[a], -1);
        }
        return slots;
    }

    private static int slot(int[] slots, Level level, int code) {
        if (code == ENDED_CODE) {
            return level.nodes().size() + 1;
        }
        return slots[code] >= 0 ? slots[code] : level.nodes().size();
    }

    private static String slotName(Level level, int slot) {
        int nodes = level.nodes().size();
        return slot == nodes + 1
                ? ENDED
                : slot == nodes ? OTHER : level.nodes().get(slot).name();
    }

    private static List<TopPath> top(EventLog log, int[][] codes, boolean backward, int limit, long cases) {
        // every case's whole path as one node of a prefix tree, built level by level
        int depth = codes.length - 1;
        int n = (int) cases;
        PathTrie trie = new PathTrie();
        int[] node = new int[n];
        for (int level = 1; level <= depth; level++) {
            int[] at = codes[level];
            for (int i = 0; i < n; i++) {
                if (at[i] != ENDED_CODE && trie.length(node[i]) == level - 1) {
                    node[i] = trie.child(node[i], at[i]);
                }
            }
        }
        long[] counts = new long[trie.size()];
        for (int i = 0; i < n; i++) {
            counts[node[i]]++;
        }
        // only paths as frequent as the limit-th most frequent can be listed; ties are ordered by name
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        long least = limit == 0 ? Long.MAX_VALUE : Math.max(1, sorted[Math.max(0, sorted.length - limit)]);
        List<TopPath> paths = new ArrayList<>();
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] < least) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int code : trie.path(p)) {
                names.add(log.activityNames()[code]);
            }
            if (backward) {
                Collections.reverse(names);
            }
            paths.add(new TopPath(List.copyOf(names), trie.length(p) < depth, counts[p], (double) counts[p] / cases));
        }
        paths.sort(Comparator.comparingLong(TopPath::cases)
                .reversed()
                .thenComparing(p -> String.join("\u0000", p.activities())));
        return List.copyOf(paths.subList(0, Math.min(limit, paths.size())));
    }
}
