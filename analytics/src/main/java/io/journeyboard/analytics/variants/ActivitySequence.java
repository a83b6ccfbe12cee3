package io.journeyboard.analytics.variants;

import java.util.Arrays;

/** A slice of an activity-code array, usable as a map key. */
final class ActivitySequence {

    private final int[] codes;
    private final int from;
    private final int to;
    private final int hash;

    ActivitySequence(int[] codes, int from, int to) {
        this.codes = codes;
        this.from = from;
        this.to = to;
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + codes[i];
        }
        this.hash = h;
    }

    String[] names(String[] activityNames) {
        String[] names = new String[to - from];
        for (int i = from; i < to; i++) {
            names[i - from] = activityNames[codes[i]];
        }
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActivitySequence that
                && hash == that.hash
                && Arrays.equals(codes, from, to, that.codes, that.from, that.to);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
