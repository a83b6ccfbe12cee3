package io.journeyboard.analytics.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Hands a row of strings (XES attributes, JSON values) to an {@link EventColumnsBuilder} as bytes. */
public final class StringRow {

    private final String[] values;
    private final int[] starts;
    private final int[] ends;
    private byte[] bytes = new byte[256];

    public StringRow(int width) {
        values = new String[width];
        starts = new int[width];
        ends = new int[width];
    }

    public void clear() {
        Arrays.fill(values, null);
    }

    public void set(int field, String value) {
        values[field] = value;
    }

    String get(int field) {
        return values[field];
    }

    public void addTo(EventColumnsBuilder builder, long line) {
        int length = 0;
        for (int f = 0; f < values.length; f++) {
            byte[] value = values[f] == null ? new byte[0] : values[f].getBytes(StandardCharsets.UTF_8);
            if (length + value.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + value.length));
            }
            System.arraycopy(value, 0, bytes, length, value.length);
            starts[f] = length;
            length += value.length;
            ends[f] = length;
        }
        builder.addRow(bytes, starts, ends, values.length, line);
    }
}
