package io.journeyboard.analytics.variants;

import java.util.Arrays;

/**
 * Paths as nodes of a prefix tree: node 0 is the empty path, and {@link #child} gives the node of a
 * path followed by one more activity code, so counting a case's whole path costs one probe per step
 * instead of a list per case. Children are found in an open-addressing table of (parent, code) keys.
 */
final class PathTrie {

    private int[] parent = new int[64];
    private int[] code = new int[64];
    private int[] length = new int[64];
    private int size = 1;
    private long[] keys = new long[128];
    private int[] ids = new int[128];

    PathTrie() {
        Arrays.fill(keys, -1L);
    }

    /** The node of {@code node}'s path followed by activity {@code activity} (a code of 0 or more). */
    int child(int node, int activity) {
        long key = ((long) node << 32) | activity;
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != -1L) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        int id = add(node, activity);
        keys[slot] = key;
        ids[slot] = id;
        if (size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    int size() {
        return size;
    }

    int length(int node) {
        return length[node];
    }

    /** The activity codes of {@code node}'s path, first step first. */
    int[] path(int node) {
        int[] path = new int[length[node]];
        for (int at = node, i = path.length - 1; at != 0; at = parent[at], i--) {
            path[i] = code[at];
        }
        return path;
    }

    private int add(int node, int activity) {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            code = Arrays.copyOf(code, size * 2);
            length = Arrays.copyOf(length, size * 2);
        }
        parent[size] = node;
        code[size] = activity;
        length[size] = length[node] + 1;
        return size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldIds.length * 2];
        Arrays.fill(keys, -1L);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1L) {
                int slot = Long.hashCode(oldKeys[i] * 0x9E3779B97F4A7C15L) & mask;
                while (keys[slot] != -1L) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }
}
