package io.journeyboard.cli.analyze;

import io.journeyboard.analytics.lane.LaneFigures;
import io.journeyboard.analytics.lane.LaneStep;
import io.journeyboard.analytics.lane.MeasuredLane;
import io.journeyboard.analytics.lane.StepFigures;
import io.journeyboard.analytics.log.EventLog;
import io.journeyboard.model.binding.AttributeFilter;
import io.journeyboard.model.binding.BoundStep;
import io.journeyboard.model.journey.Journey;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The measured lane of {@code analyze --map}: the figures of the journey's bound steps, the same
 * {@link MeasuredLane} the server shows on the map. Absent when no step of the journey is bound.
 */
final class JourneyLane {

    private JourneyLane() {}

    static LaneFigures measure(Journey journey, EventLog log) {
        List<BoundStep> bound = BoundStep.of(journey);
        if (bound.isEmpty()) {
            return null;
        }
        return MeasuredLane.measure(log, bound.stream().map(JourneyLane::step).toList());
    }

    private static LaneStep step(BoundStep bound) {
        AttributeFilter where = bound.binding().where();
        return new LaneStep(
                bound.step().id(),
                bound.step().name(),
                bound.stage(),
                bound.binding().activities(),
                where == null ? null : where.attribute(),
                where == null ? null : where.equals());
    }

    /** The lane as a table after the text report. */
    static void write(LaneFigures lane, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "Measured lane (%d of %d cases entered the journey)%n", lane.entrants(), lane.cases());
        out.printf(
                Locale.ROOT,
                "  %-28s %8s %7s %9s %8s %12s %7s%n",
                "step",
                "cases",
                "share",
                "from prev",
                "drop-off",
                "median next",
                "rework");
        for (StepFigures step : lane.steps()) {
            out.printf(
                    Locale.ROOT,
                    "  %-28s %8d %6.1f%% %8.1f%% %8d %12s %7d%n",
                    shorten(step.stepName()),
                    step.cases(),
                    step.shareOfEntrants() * 100,
                    step.conversionFromPrevious() * 100,
                    step.dropOff(),
                    step.medianSecondsToNext() == null ? "-" : hours(step.medianSecondsToNext()),
                    step.rework());
        }
        lane.notes().forEach(note -> out.println("  note: " + note));
        out.flush();
    }

    private static String hours(double seconds) {
        return seconds < 3600
                ? String.format(Locale.ROOT, "%.0f min", seconds / 60)
                : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    private static String shorten(String name) {
        String safe = name.replaceAll("\\p{Cntrl}", "?");
        return safe.length() <= 28 ? safe : safe.substring(0, 27) + "…";
    }
}
