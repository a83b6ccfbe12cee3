package io.journeyboard.analytics.lane;

import io.journeyboard.analytics.Distribution;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a journey's bound steps on an event log; the definitions are those of docs/living-map.md.
 * Per case it finds the first event of each step, then counts: reached (any event of the step);
 * converted from the previous step (an event of this step after the case first reached the previous
 * one); time to the next step (from the first event of this step to the next step's first event after
 * it); rework (after first reaching this step, an event of an earlier step).
 */
public final class MeasuredLane {

    /** Case ids kept per figure as its evidence. */
    public static final int SAMPLE_SIZE = 10;

    private final EventLog log;
    private final List<LaneStep> steps;
    private final boolean[][] member;
    private final int[][] filterCodes;
    private final int[] filterValue;
    private final List<String> notes = new ArrayList<>();

    private MeasuredLane(EventLog log, List<LaneStep> steps) {
        this.log = log;
        this.steps = List.copyOf(steps);
        int count = steps.size();
        member = new boolean[count][log.activityCount()];
        filterCodes = new int[count][];
        filterValue = new int[count];
        for (int s = 0; s < count; s++) {
            LaneStep step = steps.get(s);
            StageDefinition activities = new StageDefinition(step.stepName(), step.activities(), false);
            for (int a = 0; a < log.activityCount(); a++) {
                member[s][a] = activities.matches(log.activityNames()[a]);
            }
            if (step.attribute() != null) {
                narrow(s, step);
            }
        }
    }

    /** The figures of {@code steps} (in map order) on {@code log}. */
    public static LaneFigures measure(EventLog log, List<LaneStep> steps) {
        return new MeasuredLane(log, steps).run();
    }

    private void narrow(int s, LaneStep step) {
        Categorical column = column(step.attribute());
        if (column == null) {
            notes.add("step \"" + step.stepName() + "\" is narrowed by attribute \"" + step.attribute()
                    + "\", which the data does not have, so no event reaches it");
            filterCodes[s] = new int[0];
            filterValue[s] = Integer.MIN_VALUE;
            return;
        }
        filterCodes[s] = column.codes();
        filterValue[s] = Arrays.asList(column.values()).indexOf(step.value());
        if (filterValue[s] < 0) {
            notes.add("step \"" + step.stepName() + "\": no event has " + step.attribute() + " = " + step.value());
            filterValue[s] = Integer.MIN_VALUE;
        }
    }

    private Categorical column(String name) {
        for (Categorical column : new Categorical[] {log.channel(), log.stage(), log.resource()}) {
            if (column != null && column.name().equals(name)) {
                return column;
            }
        }
        return log.attributes().get(name);
    }

    private boolean matches(int step, int event) {
        if (!member[step][log.activity()[event]]) {
            return false;
        }
        int[] codes = filterCodes[step];
        return codes == null || (filterValue[step] != Integer.MIN_VALUE && codes[event] == filterValue[step]);
    }

    private LaneFigures run() {
        int count = steps.size();
        long[] reached = new long[count];
        long[] converted = new long[count];
        long[] reworked = new long[count];
        List<List<Double>> toNext = new ArrayList<>();
        List<List<String>> reachedSamples = new ArrayList<>();
        List<List<String>> droppedSamples = new ArrayList<>();
        List<List<String>> reworkSamples = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            toNext.add(new ArrayList<>());
            reachedSamples.add(new ArrayList<>());
            droppedSamples.add(new ArrayList<>());
            reworkSamples.add(new ArrayList<>());
        }
        Map<String, long[]> stageReach = new LinkedHashMap<>();
        steps.forEach(step -> stageReach.putIfAbsent(step.stage(), new long[1]));
        long entrants = 0;
        int[] first = new int[count];
        for (int c = 0; c < log.caseCount(); c++) {
            int from = log.caseStart()[c];
            int to = log.caseStart()[c + 1];
            if (!findFirsts(from, to, first)) {
                continue;
            }
            entrants++;
            String caseName = log.caseNames()[c];
            Map<String, Boolean> stagesHere = new LinkedHashMap<>();
            for (int s = 0; s < count; s++) {
                boolean fromPrevious = s > 0 && first[s - 1] >= 0;
                boolean went = fromPrevious && nextAfter(s, first[s - 1], to) >= 0;
                if (first[s] >= 0) {
                    reached[s]++;
                    sample(reachedSamples.get(s), caseName);
                    stagesHere.put(steps.get(s).stage(), true);
                    if (reworks(s, first[s], to)) {
                        reworked[s]++;
                        sample(reworkSamples.get(s), caseName);
                    }
                }
                if (went) {
                    converted[s]++;
                }
                if ((fromPrevious && !went) || (s == 0 && first[0] < 0)) {
                    sample(droppedSamples.get(s), caseName);
                }
                if (s + 1 < count && first[s] >= 0) {
                    int next = nextAfter(s + 1, first[s], to);
                    if (next >= 0) {
                        toNext.get(s).add((log.timeMicros()[next] - log.timeMicros()[first[s]]) / 1e6);
                    }
                }
            }
            stagesHere.keySet().forEach(stage -> stageReach.get(stage)[0]++);
        }
        List<StepFigures> figures = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            long previous = s == 0 ? entrants : reached[s - 1];
            long went = s == 0 ? reached[0] : converted[s];
            double[] seconds =
                    toNext.get(s).stream().mapToDouble(Double::doubleValue).toArray();
            LaneStep step = steps.get(s);
            figures.add(new StepFigures(
                    step.stepId(),
                    step.stepName(),
                    step.stage(),
                    reached[s],
                    ratio(reached[s], entrants),
                    ratio(went, previous),
                    previous - went,
                    seconds.length == 0 ? null : Distribution.of(seconds).median(),
                    seconds.length,
                    reworked[s],
                    ratio(reworked[s], reached[s]),
                    new StepFigures.Samples(reachedSamples.get(s), droppedSamples.get(s), reworkSamples.get(s))));
        }
        long entered = entrants;
        List<LaneFigures.StageReach> stages = stageReach.entrySet().stream()
                .map(e -> new LaneFigures.StageReach(e.getKey(), e.getValue()[0], ratio(e.getValue()[0], entered)))
                .toList();
        return new LaneFigures(log.caseCount(), entrants, figures, stages, List.copyOf(notes));
    }

    /** Fills each step's first event in the case (or -1); false when the case reaches no step. */
    private boolean findFirsts(int from, int to, int[] first) {
        Arrays.fill(first, -1);
        boolean any = false;
        for (int e = from; e < to; e++) {
            for (int s = 0; s < first.length; s++) {
                if (first[s] < 0 && matches(s, e)) {
                    first[s] = e;
                    any = true;
                }
            }
        }
        return any;
    }

    /** The first event of {@code step} after event {@code event}, or -1. */
    private int nextAfter(int step, int event, int to) {
        for (int e = event + 1; e < to; e++) {
            if (matches(step, e)) {
                return e;
            }
        }
        return -1;
    }

    /** Whether an event of a step before {@code step} follows the case's first event of {@code step}. */
    private boolean reworks(int step, int firstEvent, int to) {
        for (int e = firstEvent + 1; e < to; e++) {
            for (int earlier = 0; earlier < step; earlier++) {
                if (matches(earlier, e)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void sample(List<String> samples, String caseName) {
        if (samples.size() < SAMPLE_SIZE) {
            samples.add(caseName);
        }
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
