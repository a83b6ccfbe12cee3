package io.journeyboard.analytics.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Dictionary encoding of byte strings: {@link #intern} gives each distinct value a dense id in order
 * of first appearance, hashing the bytes in place so that no String is made per row.
 */
final class ByteDictionary {

    private byte[] pool = new byte[1 << 12];
    private int poolSize;
    private int[] offsets = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];
    private int size;
    private int[] table = new int[128];
    private int mask = 127;

    int intern(byte[] b, int off, int len) {
        int h = 1;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        h *= 0x9E3779B1;
        int slot = h & mask;
        for (int entry; (entry = table[slot]) != 0; slot = (slot + 1) & mask) {
            int id = entry - 1;
            if (hashes[id] == h
                    && lengths[id] == len
                    && Arrays.equals(pool, offsets[id], offsets[id] + len, b, off, off + len)) {
                return id;
            }
        }
        return add(b, off, len, h, slot);
    }

    int intern(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return intern(bytes, 0, bytes.length);
    }

    private int add(byte[] b, int off, int len, int h, int slot) {
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(b, off, pool, poolSize, len);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int id = size++;
        offsets[id] = poolSize;
        lengths[id] = len;
        hashes[id] = h;
        poolSize += len;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        table = new int[table.length * 2];
        mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }

    int size() {
        return size;
    }

    String value(int id) {
        return new String(pool, offsets[id], lengths[id], StandardCharsets.UTF_8);
    }

    /** Interns every value of {@code other} here and returns the id each of its ids maps to. */
    int[] absorb(ByteDictionary other) {
        int[] remap = new int[other.size];
        for (int id = 0; id < other.size; id++) {
            remap[id] = intern(other.pool, other.offsets[id], other.lengths[id]);
        }
        return remap;
    }

    String[] values() {
        String[] values = new String[size];
        for (int id = 0; id < size; id++) {
            values[id] = value(id);
        }
        return values;
    }
}
