package io.journeyboard.analytics.log;

/** A dictionary-encoded column: {@code codes[event]} indexes {@code values}, or is -1 when the field was empty. */
public record Categorical(String name, String[] values, int[] codes) {

    public String valueAt(int event) {
        int code = codes[event];
        return code < 0 ? null : values[code];
    }
}
