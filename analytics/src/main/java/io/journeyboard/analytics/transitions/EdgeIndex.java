package io.journeyboard.analytics.transitions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dense ids for activity pairs: a flat {@code from·n+to} table while that stays small, a hash map
 * for logs with very many activities, so the graph never allocates n² slots for large n.
 */
final class EdgeIndex {

    private static final int DENSE_LIMIT = 1024;

    private final int activities;
    private final int[] dense;
    private final Map<Long, Integer> sparse;
    private int[] fromOf = new int[64];
    private int[] toOf = new int[64];
    private int size;

    EdgeIndex(int activities) {
        this.activities = activities;
        this.dense = activities <= DENSE_LIMIT ? new int[activities * activities] : null;
        this.sparse = dense == null ? new HashMap<>() : null;
    }

    /** The id of edge {@code from → to}, assigned on first sight. */
    int id(int from, int to) {
        if (dense != null) {
            int slot = from * activities + to;
            int id = dense[slot] - 1;
            if (id < 0) {
                id = add(from, to);
                dense[slot] = id + 1;
            }
            return id;
        }
        return sparse.computeIfAbsent(((long) from << 32) | to, key -> add(from, to));
    }

    private int add(int from, int to) {
        if (size == fromOf.length) {
            fromOf = Arrays.copyOf(fromOf, size * 2);
            toOf = Arrays.copyOf(toOf, size * 2);
        }
        fromOf[size] = from;
        toOf[size] = to;
        return size++;
    }

    int size() {
        return size;
    }

    int from(int id) {
        return fromOf[id];
    }

    int to(int id) {
        return toOf[id];
    }
}
