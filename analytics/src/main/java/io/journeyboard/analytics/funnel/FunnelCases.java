package io.journeyboard.analytics.funnel;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which funnel steps every case reached, matched once so that figures, breakdowns, trends and drivers
 * are cheap passes over the result. In an <em>open</em> funnel a case enters at the first step (in funnel
 * order) it performs and goes on from there under the order mode; otherwise it enters only at step one.
 * {@link StageMatcher} does the matching, so the rules are those of {@link FunnelAnalysis}.
 */
public final class FunnelCases {

    /** Cases per part matched on its own core: below this a log is matched in one pass. */
    private static final int CASES_PER_PART = 50_000;

    private final StageMapping mapping;
    private final boolean open;
    private final int steps;
    private final int words;
    private final long[] masks;
    private final long[] entryTime;
    private final double[][] waits;
    private final List<StageMatcher> entries;

    private FunnelCases(
            StageMapping mapping,
            boolean open,
            List<StageMatcher> entries,
            long[] masks,
            long[] entryTime,
            double[][] waits) {
        this.entries = entries;
        this.mapping = mapping;
        this.open = open;
        this.steps = mapping.stages().size();
        this.words = (steps + 63) / 64;
        this.masks = masks;
        this.entryTime = entryTime;
        this.waits = waits;
    }

    /**
     * Matches every case kept by {@code keep} (all when null); waits are seconds from the previous required step.
     * Large logs are matched in parts of consecutive cases on several cores; each part writes only its own
     * cases and its waits are joined in case order, so the result is the same as one pass.
     */
    public static FunnelCases match(EventLog log, StageMapping mapping, boolean open, boolean[] keep) {
        int parts = Math.min(Runtime.getRuntime().availableProcessors(), log.caseCount() / CASES_PER_PART);
        return match(log, mapping, open, keep, Math.max(1, parts));
    }

    /** {@link #match} in {@code parts} parts (tests check that any number of parts gives the same result). */
    static FunnelCases match(EventLog log, StageMapping mapping, boolean open, boolean[] keep, int parts) {
        int steps = mapping.stages().size();
        int words = (steps + 63) / 64;
        List<StageMatcher> entries = entryMatchers(log, mapping, open);
        long[] masks = new long[log.caseCount() * words];
        long[] entryTime = new long[log.caseCount()];
        boolean[] optional = new boolean[steps];
        for (int s = 0; s < steps; s++) {
            optional[s] = mapping.stages().get(s).optional();
        }
        int cases = log.caseCount();
        List<double[][]> partWaits = IntStream.range(0, parts)
                .parallel()
                .mapToObj(p -> {
                    Part part = new Part(log, entries, optional, words, masks, entryTime);
                    part.match(keep, (int) ((long) cases * p / parts), (int) ((long) cases * (p + 1) / parts));
                    return part.waits();
                })
                .toList();
        double[][] waits = new double[steps][];
        for (int s = 0; s < steps; s++) {
            int step = s;
            waits[s] = partWaits.stream()
                    .flatMapToDouble(w -> Arrays.stream(w[step]))
                    .toArray();
        }
        return new FunnelCases(mapping, open, entries, masks, entryTime, waits);
    }

    /** The matching of a range of cases: fills their masks and entry times, and collects their waits. */
    private static final class Part {

        private final EventLog log;
        private final List<StageMatcher> entries;
        private final boolean[] optional;
        private final int words;
        private final long[] masks;
        private final long[] entryTime;
        private final double[][] waits;
        private final int[] waitCount;

        Part(EventLog log, List<StageMatcher> entries, boolean[] optional, int words, long[] masks, long[] entryTime) {
            this.log = log;
            this.entries = entries;
            this.optional = optional;
            this.words = words;
            this.masks = masks;
            this.entryTime = entryTime;
            this.waits = new double[optional.length][16];
            this.waitCount = new int[optional.length];
        }

        void match(boolean[] keep, int from, int to) {
            int steps = optional.length;
            long[] reach = new long[steps];
            for (int c = from; c < to; c++) {
                entryTime[c] = StageMatcher.NOT_REACHED;
                if (keep != null && !keep[c]) {
                    continue;
                }
                int entry = reach(entries, log.caseStart()[c], log.caseStart()[c + 1], reach);
                if (entry < 0) {
                    continue;
                }
                entryTime[c] = reach[entry];
                long previous = reach[entry];
                for (int s = entry; s < steps; s++) {
                    if (reach[s] == StageMatcher.NOT_REACHED) {
                        continue;
                    }
                    masks[c * words + s / 64] |= 1L << (s % 64);
                    if (s > entry) {
                        if (waitCount[s] == waits[s].length) {
                            waits[s] = Arrays.copyOf(waits[s], waits[s].length * 2);
                        }
                        waits[s][waitCount[s]++] = Math.max(0, reach[s] - previous) / 1e6;
                    }
                    if (!optional[s]) {
                        previous = reach[s];
                    }
                }
            }
        }

        double[][] waits() {
            double[][] trimmed = new double[waits.length][];
            for (int s = 0; s < waits.length; s++) {
                trimmed[s] = Arrays.copyOf(waits[s], waitCount[s]);
            }
            return trimmed;
        }
    }

    /** One matcher per possible entry step: only step one for a closed funnel, every required step for an open one. */
    private static List<StageMatcher> entryMatchers(EventLog log, StageMapping mapping, boolean open) {
        List<StageMatcher> matchers = new ArrayList<>();
        List<StageDefinition> stages = mapping.stages();
        for (int entry = 0; entry < (open ? stages.size() : 1); entry++) {
            if (stages.get(entry).optional()) {
                matchers.add(null);
                continue;
            }
            StageMapping tail =
                    new StageMapping(stages.subList(entry, stages.size()), mapping.order(), mapping.windowSeconds());
            matchers.add(new StageMatcher(log, tail));
        }
        return matchers;
    }

    /** Fills {@code reach} for all steps (NOT_REACHED before the entry); answers the entry step, or -1. */
    private static int reach(List<StageMatcher> entries, int from, int to, long[] reach) {
        for (int entry = 0; entry < entries.size(); entry++) {
            StageMatcher matcher = entries.get(entry);
            if (matcher == null) {
                continue;
            }
            long[] tail = entry == 0 ? reach : new long[reach.length - entry];
            matcher.match(from, to, tail);
            if (entry == 0) {
                if (tail[0] != StageMatcher.NOT_REACHED) {
                    return 0;
                }
                continue;
            }
            if (tail[0] != StageMatcher.NOT_REACHED) {
                Arrays.fill(reach, 0, entry, StageMatcher.NOT_REACHED);
                System.arraycopy(tail, 0, reach, entry, tail.length);
                return entry;
            }
        }
        return -1;
    }

    public StageMapping mapping() {
        return mapping;
    }

    public boolean open() {
        return open;
    }

    public int stepCount() {
        return steps;
    }

    public int caseCount() {
        return entryTime.length;
    }

    public boolean reached(int c, int step) {
        return (masks[c * words + step / 64] & (1L << (step % 64))) != 0;
    }

    public boolean entered(int c) {
        return entryTime[c] != StageMatcher.NOT_REACHED;
    }

    /** When case {@code c} entered the funnel, in microseconds; meaningful only when it {@link #entered}. */
    public long entryMicros(int c) {
        return entryTime[c];
    }

    public boolean optional(int step) {
        return mapping.stages().get(step).optional();
    }

    /** The last step that is not optional: reaching it is converting. */
    public int lastRequired() {
        int last = steps - 1;
        while (optional(last)) {
            last--;
        }
        return last;
    }

    /** The nearest required step before {@code step}, or -1 for the first. */
    public int previousRequired(int step) {
        int previous = step - 1;
        while (previous >= 0 && optional(previous)) {
            previous--;
        }
        return previous;
    }

    public boolean converted(int c) {
        return reached(c, lastRequired());
    }

    /** Seconds from the previous required step to {@code step}, per case that reached it after entering before it. */
    public double[] waits(int step) {
        return waits[step].clone();
    }

    /**
     * The cases that dropped off before {@code step} (they reached the required step before it, not it),
     * each with the event at which they reached that previous step, for following where they went
     * instead; -1 for every other case. The step must be required and not the first.
     */
    public int[] dropOffStarts(EventLog log, int step) {
        int previous = previousRequired(step);
        if (previous < 0 || optional(step)) {
            throw new IllegalArgumentException("a drop-off is before a required step other than the first; step "
                    + (step + 1) + " is " + (previous < 0 ? "the first" : "optional"));
        }
        StageDefinition marker = mapping.stages().get(previous);
        boolean[] marks = new boolean[log.activityCount()];
        for (int a = 0; a < marks.length; a++) {
            marks[a] = marker.matches(log.activityNames()[a]);
        }
        int[] starts = new int[caseCount()];
        long[] reach = new long[steps];
        for (int c = 0; c < starts.length; c++) {
            starts[c] = -1;
            if (!reached(c, previous) || reached(c, step)) {
                continue;
            }
            int from = log.caseStart()[c];
            int to = log.caseStart()[c + 1];
            reach(entries, from, to, reach);
            starts[c] = eventAt(log, from, to, reach[previous], marks);
        }
        return starts;
    }

    /** The event of a marking activity at {@code time}, else the last event at or before it. */
    private static int eventAt(EventLog log, int from, int to, long time, boolean[] marks) {
        int last = from;
        for (int e = from; e < to && log.timeMicros()[e] <= time; e++) {
            if (log.timeMicros()[e] == time && marks[log.activity()[e]]) {
                return e;
            }
            last = e;
        }
        return last;
    }
}
