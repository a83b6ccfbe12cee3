package io.journeyboard.insights.placement;

import io.journeyboard.insights.embedding.SentenceEmbedder;
import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places on a journey map a theme can go, each with the text it is compared by: every step
 * (its stage's and its own name and description) and every touchpoint card (with its step's names),
 * embedded once.
 */
final class MapTargets {

    /** One place on the map; {@code touchpoint} is null for a step itself. */
    record Target(Stage stage, Step step, Card touchpoint, String text) {}

    private final List<Target> targets;
    private final float[][] vectors;

    MapTargets(Journey journey, SentenceEmbedder embedder) {
        Map<String, Target> stepTargets = new HashMap<>();
        List<Target> all = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                Target target = new Target(
                        stage,
                        step,
                        null,
                        join(stage.name(), stage.description()) + ": " + join(step.name(), step.description()));
                stepTargets.put(step.id(), target);
                all.add(target);
            }
        }
        journey.cardsOf(LaneKind.TOUCHPOINTS).forEach(card -> {
            Target step = stepTargets.get(card.stepId());
            if (step != null) {
                all.add(new Target(
                        step.stage(),
                        step.step(),
                        card,
                        step.stage().name() + ": " + step.step().name() + ": " + join(card.text(), card.details())));
            }
        });
        this.targets = List.copyOf(all);
        this.vectors = embedder.embed(all.stream().map(Target::text).toList(), done -> {});
    }

    boolean isEmpty() {
        return targets.isEmpty();
    }

    /** The target most similar to {@code centroid}, optionally only within one stage; null if there is none. */
    Scored nearest(float[] centroid, Stage within) {
        Scored best = null;
        for (int t = 0; t < targets.size(); t++) {
            if (within != null && !targets.get(t).stage().id().equals(within.id())) {
                continue;
            }
            double similarity = dot(centroid, vectors[t]);
            if (best == null || similarity > best.similarity()) {
                best = new Scored(targets.get(t), similarity);
            }
        }
        return best;
    }

    record Scored(Target target, double similarity) {}

    private static String join(String name, String description) {
        return description == null || description.isBlank() ? name : name + ". " + description;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
