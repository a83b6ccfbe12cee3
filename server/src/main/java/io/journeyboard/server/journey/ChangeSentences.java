package io.journeyboard.server.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.model.journey.Journey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two states of a journey, as sentences a person reads in the history: "added lane
 * 'Moments of truth'", "renamed step 'Pay' to 'Check out'", "set the emotion of persona-ana at 'Pay' to -1".
 * Entities are matched by id (emotion points by persona and step), so an edit reads as one sentence.
 */
public final class ChangeSentences {

    private static final int LABEL_LENGTH = 48;
    private static final int SUMMARY_SENTENCES = 4;
    private static final Set<String> ORDERED = Set.of("stage", "step", "lane");

    private final ObjectMapper mapper;

    public ChangeSentences(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The history's line for a change: its first sentences, and how many more there are. */
    public String summary(Journey before, Journey after) {
        List<String> all = between(before, after);
        if (all.isEmpty()) {
            return "saved without changes";
        }
        String first = String.join("; ", all.subList(0, Math.min(SUMMARY_SENTENCES, all.size())));
        int more = all.size() - SUMMARY_SENTENCES;
        return more > 0 ? first + " and " + more + " more change" + (more > 1 ? "s" : "") : first;
    }

    public List<String> between(Journey before, Journey after) {
        Map<String, String> stepNames = stepNames(before);
        stepNames.putAll(stepNames(after));
        JsonNode from = mapper.valueToTree(withoutSame(before, after));
        JsonNode to = mapper.valueToTree(withoutSame(after, before));
        List<String> sentences = new ArrayList<>();
        journeyFields(from, to, sentences);
        entities("stage", "name", list(from.path("stages")), list(to.path("stages")), node -> null, sentences);
        entities(
                "step",
                "name",
                steps(from),
                steps(to),
                step -> "to stage '" + label(step.path("stageName").asText()) + "'",
                sentences);
        entities("lane", "title", list(from.path("lanes")), list(to.path("lanes")), node -> null, sentences);
        entities(
                "card",
                "text",
                list(from.path("cards")),
                list(to.path("cards")),
                card -> "to '"
                        + label(stepNames.getOrDefault(
                                card.path("stepId").asText(),
                                card.path("stepId").asText())) + "'",
                sentences);
        entities(
                "opportunity",
                "title",
                list(from.path("opportunities")),
                list(to.path("opportunities")),
                opportunity -> "to '"
                        + label(stepNames.getOrDefault(
                                opportunity.path("stepId").asText(), "no step")) + "'",
                sentences);
        emotions(from, to, stepNames, sentences);
        return sentences;
    }

    private static void journeyFields(JsonNode from, JsonNode to, List<String> sentences) {
        if (!text(from, "name").equals(text(to, "name"))) {
            sentences.add(
                    "renamed the journey '" + label(text(from, "name")) + "' to '" + label(text(to, "name")) + "'");
        }
        if (!text(from, "state").equals(text(to, "state"))) {
            sentences.add("made the journey a " + text(to, "state") + " state");
        }
        for (String field : List.of("goal", "description")) {
            if (!text(from, field).equals(text(to, field))) {
                sentences.add("edited the journey's " + field);
            }
        }
        if (!Objects.equals(from.path("personaIds"), to.path("personaIds"))) {
            sentences.add("changed the journey's personas");
        }
        if (!Objects.equals(from.path("links"), to.path("links"))) {
            sentences.add("changed the journey's links");
        }
    }

    // Added, deleted, renamed, moved (placement changed) or otherwise edited; then whether the order changed.
    private static void entities(
            String noun,
            String labelField,
            List<JsonNode> before,
            List<JsonNode> after,
            Function<JsonNode, String> placement,
            List<String> sentences) {
        Map<String, JsonNode> old = byKey(before, node -> node.path("id").asText());
        Map<String, JsonNode> now = byKey(after, node -> node.path("id").asText());
        for (Map.Entry<String, JsonNode> entry : now.entrySet()) {
            JsonNode was = old.get(entry.getKey());
            JsonNode is = entry.getValue();
            String name = label(is.path(labelField).asText());
            if (was == null) {
                sentences.add("added " + noun + " '" + name + "'");
            } else if (!was.equals(is)) {
                String oldName = label(was.path(labelField).asText());
                String wasPlaced = placement.apply(was);
                String isPlaced = placement.apply(is);
                if (!oldName.equals(name)) {
                    sentences.add((noun.equals("card") ? "changed " : "renamed ") + noun + " '" + oldName + "' to '"
                            + name + "'");
                } else if (!Objects.equals(wasPlaced, isPlaced)
                        || !was.path("laneId").equals(is.path("laneId"))) {
                    sentences.add("moved " + noun + " '" + name + "'"
                            + (Objects.equals(wasPlaced, isPlaced) ? " to another lane" : " " + isPlaced));
                } else {
                    sentences.add("edited " + noun + " '" + name + "'");
                }
            }
        }
        for (Map.Entry<String, JsonNode> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                sentences.add("deleted " + noun + " '"
                        + label(entry.getValue().path(labelField).asText()) + "'");
            }
        }
        List<String> commonBefore =
                old.keySet().stream().filter(now::containsKey).toList();
        List<String> commonAfter =
                now.keySet().stream().filter(old::containsKey).toList();
        // Cards and opportunities that moved are named above; the order of stages, steps and lanes is the map's layout.
        if (!commonBefore.equals(commonAfter) && ORDERED.contains(noun)) {
            sentences.add("reordered the " + noun + "s");
        }
    }

    private static void emotions(JsonNode from, JsonNode to, Map<String, String> stepNames, List<String> sentences) {
        Function<JsonNode, String> key =
                e -> e.path("personaId").asText() + "|" + e.path("stepId").asText();
        Map<String, JsonNode> old = byKey(list(from.path("emotions")), key);
        Map<String, JsonNode> now = byKey(list(to.path("emotions")), key);
        for (Map.Entry<String, JsonNode> entry : now.entrySet()) {
            JsonNode was = old.get(entry.getKey());
            JsonNode is = entry.getValue();
            String where = is.path("personaId").asText() + " at '"
                    + label(stepNames.getOrDefault(is.path("stepId").asText(), "")) + "'";
            if (was == null || was.path("score").asInt() != is.path("score").asInt()) {
                int score = is.path("score").asInt();
                sentences.add("set the emotion of " + where + " to " + (score > 0 ? "+" : "") + score);
            } else if (!was.equals(is)) {
                sentences.add("edited the emotion note of " + where);
            }
        }
        for (Map.Entry<String, JsonNode> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                JsonNode was = entry.getValue();
                sentences.add("cleared the emotion of " + was.path("personaId").asText() + " at '"
                        + label(stepNames.getOrDefault(was.path("stepId").asText(), "")) + "'");
            }
        }
    }

    private static List<JsonNode> steps(JsonNode journey) {
        List<JsonNode> steps = new ArrayList<>();
        for (JsonNode stage : list(journey.path("stages"))) {
            for (JsonNode step : list(stage.path("steps"))) {
                ObjectNode copy = ((ObjectNode) step).deepCopy();
                copy.set("stageName", stage.path("name"));
                steps.add(copy);
            }
        }
        return steps;
    }

    private static Map<String, String> stepNames(Journey journey) {
        Map<String, String> names = new LinkedHashMap<>();
        journey.steps().forEach(step -> names.put(step.id(), step.name()));
        return names;
    }

    /**
     * {@code journey} with the parts it shares unchanged with {@code other} left empty: equal parts say nothing, and
     * a small edit of a big map then costs the tree of what changed, not of the whole map twice.
     */
    private static Journey withoutSame(Journey journey, Journey other) {
        return new Journey(
                journey.id(),
                journey.name(),
                journey.description(),
                journey.goal(),
                journey.state(),
                journey.personaIds(),
                journey.links(),
                unlessSame(journey.stages(), other.stages()),
                unlessSame(journey.lanes(), other.lanes()),
                unlessSame(journey.cards(), other.cards()),
                unlessSame(journey.emotions(), other.emotions()),
                unlessSame(journey.opportunities(), other.opportunities()));
    }

    private static <T> List<T> unlessSame(List<T> part, List<T> other) {
        return part.equals(other) ? List.of() : part;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.elements().forEachRemaining(items::add);
        return items;
    }

    private static Map<String, JsonNode> byKey(List<JsonNode> nodes, Function<JsonNode, String> key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode node : nodes) {
            map.putIfAbsent(key.apply(node), node);
        }
        return map;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static String label(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > LABEL_LENGTH ? line.substring(0, LABEL_LENGTH - 1) + "…" : line;
    }
}
