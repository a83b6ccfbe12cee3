package io.journeyboard.render.bench;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Channel;
import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyState;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.LaneKind;
import io.journeyboard.model.journey.Metric;
import io.journeyboard.model.journey.Severity;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A large, deterministic map: 15 stages of 3 steps, 12 lanes (one of them the emotion curve), 400 cards. */
public final class LargeMap {

    public static final int STAGES = 15;
    public static final int STEPS_PER_STAGE = 3;
    public static final int CARDS = 400;

    private static final List<LaneKind> LANES = List.of(
            LaneKind.ACTIONS,
            LaneKind.THOUGHTS,
            LaneKind.TOUCHPOINTS,
            LaneKind.EMOTION,
            LaneKind.PAIN_POINTS,
            LaneKind.DELIGHTS,
            LaneKind.MOMENTS_OF_TRUTH,
            LaneKind.FRONTSTAGE,
            LaneKind.BACKSTAGE,
            LaneKind.SYSTEMS,
            LaneKind.OWNERS,
            LaneKind.KPIS);
    private static final String[] WORDS =
            ("customer compares delivery options reads reviews asks support about the refund policy "
                            + "waits for confirmation email tracks parcel returns item pays with card opens app logs in resets password")
                    .split(" ");

    private LargeMap() {}

    public static Workspace workspace() {
        Random random = new Random(42);
        List<Stage> stages = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < STAGES; s++) {
            List<Step> stageSteps = new ArrayList<>();
            for (int t = 0; t < STEPS_PER_STAGE; t++) {
                Step step = new Step(
                        "step-" + s + "-" + t, "Step " + (s + 1) + "." + (t + 1) + " " + words(random, 3), null, null);
                stageSteps.add(step);
                steps.add(step);
            }
            stages.add(new Stage("stage-" + s, "Stage " + (s + 1) + ": " + words(random, 2), null, stageSteps));
        }
        List<Lane> lanes = new ArrayList<>();
        for (LaneKind kind : LANES) {
            lanes.add(new Lane(
                    "lane-" + kind.name().toLowerCase(),
                    kind,
                    kind.name().charAt(0)
                            + kind.name().substring(1).toLowerCase().replace('_', ' ')));
        }
        List<Lane> cardLanes =
                lanes.stream().filter(lane -> lane.kind().holdsCards()).toList();
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            Lane lane = cardLanes.get(i % cardLanes.size());
            Step step = steps.get(random.nextInt(steps.size()));
            cards.add(new Card(
                    "card-" + i,
                    lane.id(),
                    step.id(),
                    capitalised(words(random, 5 + random.nextInt(14))),
                    random.nextInt(4) == 0 ? words(random, 12) : null,
                    lane.kind() == LaneKind.TOUCHPOINTS
                            ? Channel.values()[random.nextInt(Channel.values().length)]
                            : null,
                    lane.kind() == LaneKind.PAIN_POINTS
                            ? Severity.values()[random.nextInt(Severity.values().length)]
                            : null,
                    lane.kind() == LaneKind.KPIS
                            ? new Metric("Conversion", 30.0 + random.nextInt(50), 80.0, "%")
                            : null,
                    List.of(),
                    List.of(),
                    null));
        }
        List<Persona> personas = List.of(persona("p1", "Alex Doe"), persona("p2", "Sam Roe"));
        List<EmotionPoint> emotions = new ArrayList<>();
        for (Persona persona : personas) {
            for (Step step : steps) {
                emotions.add(new EmotionPoint(persona.id(), step.id(), random.nextInt(5) - 2, null));
            }
        }
        Journey journey = new Journey(
                "large",
                "A large journey map",
                "Generated for the benchmark.",
                "Measure export speed",
                JourneyState.CURRENT,
                List.of("p1", "p2"),
                List.of(),
                stages,
                lanes,
                cards,
                emotions,
                List.of());
        return new Workspace("Benchmark", null, personas, List.of(journey), List.of());
    }

    private static Persona persona(String id, String name) {
        return new Persona(
                id, name, "Segment", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, List.of());
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
