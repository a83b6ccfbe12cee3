package io.journeyboard.render.bench;

import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.model.workspace.WorkspaceLimits;
import io.journeyboard.render.ExportFormat;
import io.journeyboard.render.MapRenderer;
import io.journeyboard.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the SVG export of a journey with the most personas a journey may have (50) and an emotion
 * point for each at every step, for 100 to 1,600 steps, and prints the median of 5 runs and its
 * ratio to the size before: a ratio near 2 per doubling is linear growth. Before the emotion lane
 * grouped its points by persona, each doubling cost about 4 times (personas x steps x points).
 */
public final class EmotionLaneScaling {

    private static final int RUNS = 5;

    private EmotionLaneScaling() {}

    public static void main(String[] args) throws IOException {
        MapRenderer renderer = new MapRenderer();
        int personas = WorkspaceLimits.PERSONAS_PER_JOURNEY;
        System.out.printf(
                Locale.ROOT,
                "SVG of a journey with %d personas and an emotion point for each at every step; median of %d%n",
                personas,
                RUNS);
        System.out.printf(Locale.ROOT, "%8s %12s %12s %12s%n", "steps", "points", "median ms", "x previous");
        double previous = Double.NaN;
        for (int steps = 100; steps <= 1_600; steps *= 2) {
            Workspace workspace = journey(personas, steps);
            render(renderer, workspace);
            long[] times = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                render(renderer, workspace);
                times[run] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            double median = times[RUNS / 2] / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%8d %12d %12.1f %12s%n",
                    steps,
                    steps * personas,
                    median,
                    Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.2f", median / previous));
            previous = median;
        }
    }

    private static void render(MapRenderer renderer, Workspace workspace) throws IOException {
        renderer.render(
                workspace, null, ExportFormat.SVG, RenderOptions.defaults(), new ByteArrayOutputStream(1 << 20));
    }

    private static Workspace journey(int personaCount, int stepCount) {
        List<Persona> personas = new ArrayList<>();
        for (int p = 0; p < personaCount; p++) {
            personas.add(new Persona(
                    "p" + p,
                    "Persona " + p,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    List.of()));
        }
        List<Step> steps = new ArrayList<>();
        List<EmotionPoint> emotions = new ArrayList<>();
        for (int s = 0; s < stepCount; s++) {
            steps.add(new Step("t" + s, "Step " + s, null, null));
            for (int p = 0; p < personaCount; p++) {
                emotions.add(new EmotionPoint("p" + p, "t" + s, (p + s) % 5 - 2, null));
            }
        }
        Journey journey = new Journey(
                "scaling",
                "Scaling",
                null,
                null,
                JourneyState.CURRENT,
                personas.stream().map(Persona::id).toList(),
                List.of(),
                List.of(new Stage("all", "All steps", null, steps)),
                List.of(new Lane("emotion", LaneKind.EMOTION, "Emotion")),
                List.of(),
                emotions,
                List.of());
        return new Workspace("Scaling", null, personas, List.of(journey), List.of());
    }
}
