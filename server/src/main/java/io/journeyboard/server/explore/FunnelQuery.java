package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.analytics.funnel.JourneyFunnel;
import io.journeyboard.analytics.funnel.OrderMode;
import io.journeyboard.analytics.funnel.StageDefinition;
import io.journeyboard.analytics.funnel.StageMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The funnel a query asks for: its {@code steps} (each a name, the activities or patterns that mark it
 * and whether it is optional), or {@code journey}, a journey of the workspace whose stages are the steps
 * (the one rule of {@link JourneyFunnel}); the {@code order} (ordered, strict, any), a conversion
 * {@code windowSeconds} (0: none) and {@code open} (cases may enter at any step).
 */
record FunnelQuery(StageMapping mapping, boolean open, String note) {

    static final int MAX_STEPS = 200;

    /**
     * @param journeyStages a journey id to its stage names with their steps' names (404 when there is none)
     */
    static FunnelQuery read(
            QueryReader reader, Function<String, Map<String, List<String>>> journeyStages, String[] activityNames) {
        OrderMode order = OrderMode.valueOf(
                reader.choice("order", "ordered", "ordered", "strict", "any").toUpperCase(Locale.ROOT));
        int window = reader.integer("windowSeconds", 0, 0, Integer.MAX_VALUE);
        boolean open = reader.flag("open", false);
        String journey = reader.text("journey", null);
        List<StageDefinition> stages;
        String note = null;
        if (journey != null) {
            JourneyFunnel funnel = JourneyFunnel.of(journeyStages.apply(journey), activityNames);
            if (funnel.funnel() == null) {
                throw QueryReader.invalid("journey", funnel.note());
            }
            stages = funnel.funnel().stages();
            note = "the steps are the stages of journey '" + journey + "'";
        } else {
            stages = steps(reader.node().get("steps"));
        }
        if (stages.getFirst().optional()) {
            throw QueryReader.invalid(
                    "steps[0].optional",
                    "the first step cannot be optional: cases enter the funnel "
                            + "there (an open funnel lets them enter at any later step too)");
        }
        return new FunnelQuery(new StageMapping(stages, order, window), open, note);
    }

    private static List<StageDefinition> steps(JsonNode steps) {
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw QueryReader.invalid(
                    "steps",
                    "list the funnel's steps, e.g. [{\"name\":\"Apply\",\"activities\":"
                            + "[\"A_SUBMITTED\"]}], or name a journey whose stages are the steps");
        }
        if (steps.size() > MAX_STEPS) {
            throw QueryReader.invalid("steps", "a funnel has at most " + MAX_STEPS + " steps, got " + steps.size());
        }
        List<StageDefinition> stages = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String where = "steps[" + i + "]";
            JsonNode activities = step.get("activities");
            if (activities == null || !activities.isArray() || activities.isEmpty()) {
                throw QueryReader.invalid(
                        where + ".activities",
                        "list the activities (or patterns such as A_*) " + "that mark this step");
            }
            List<String> names = new ArrayList<>();
            activities.forEach(a -> names.add(a.asText()));
            String name = step.hasNonNull("name") && !step.get("name").asText().isBlank()
                    ? step.get("name").asText()
                    : String.join(" / ", names);
            stages.add(new StageDefinition(name, names, step.path("optional").asBoolean(false)));
        }
        return stages;
    }
}
