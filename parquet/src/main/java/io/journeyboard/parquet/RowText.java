package io.journeyboard.parquet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/** One row's fields as text in one buffer, the shape the engine's column builder takes from every reader. */
final class RowText {

    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);

    byte[] bytes = new byte[512];
    final int[] starts;
    final int[] ends;
    private int length;

    RowText(int width) {
        starts = new int[width];
        ends = new int[width];
    }

    void clear() {
        length = 0;
    }

    void empty(int field) {
        starts[field] = length;
        ends[field] = length;
    }

    void bytes(int field, byte[] source, int offset, int count) {
        room(count);
        System.arraycopy(source, offset, bytes, length, count);
        starts[field] = length;
        length += count;
        ends[field] = length;
    }

    void text(int field, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        bytes(field, utf8, 0, utf8.length);
    }

    /** A whole number in decimal, written without a String. */
    void number(int field, long value) {
        if (value == Long.MIN_VALUE) {
            text(field, Long.toString(value));
            return;
        }
        room(20);
        starts[field] = length;
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        int first = length;
        do {
            bytes[length++] = DIGITS[(int) (value % 10)];
            value /= 10;
        } while (value > 0);
        reverse(first, length - 1);
        ends[field] = length;
    }

    /**
     * A time as epoch seconds with six decimals, the engine's most exact form, or ISO-8601 before 1970, which
     * epoch text cannot say.
     */
    void epochMicros(int field, long micros) {
        if (micros < 0) {
            text(field, Instant.EPOCH.plusNanos(micros * 1_000).toString());
            return;
        }
        number(field, micros / 1_000_000);
        room(7);
        bytes[length++] = '.';
        long fraction = micros % 1_000_000;
        for (int scale = 100_000; scale > 0; scale /= 10) {
            bytes[length++] = DIGITS[(int) (fraction / scale % 10)];
        }
        ends[field] = length;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte swap = bytes[from];
            bytes[from++] = bytes[to];
            bytes[to--] = swap;
        }
    }
}
