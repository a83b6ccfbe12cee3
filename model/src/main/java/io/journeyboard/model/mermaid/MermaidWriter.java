package io.journeyboard.model.mermaid;

import io.journeyboard.model.journey.EmotionPoint;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes one journey as a Mermaid {@code journey} diagram. Mermaid holds a title, sections, tasks,
 * one score per task and its actors; everything else is dropped and listed in the warnings, so a
 * user knows what the diagram lacks.
 */
public final class MermaidWriter {

    /** The journey {@code journeyId} of {@code workspace} as Mermaid; null picks the first journey. */
    public MermaidExport write(Workspace workspace, String journeyId) {
        Journey journey = journeyId == null
                ? workspace.journeys().stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("the workspace has no journey to export"))
                : workspace
                        .journey(journeyId)
                        .orElseThrow(() -> new IllegalArgumentException("there is no journey '" + journeyId + "'"));
        List<String> warnings = new ArrayList<>();
        Map<String, String> actorNames = workspace.personas().stream()
                .collect(Collectors.toMap(
                        Persona::id, p -> clean(p.name(), ",", "persona name", warnings), (a, b) -> a));
        StringBuilder out = new StringBuilder("journey\n");
        out.append("    title ")
                .append(clean(journey.name(), "", "journey name", warnings))
                .append('\n');
        List<String> unscored = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            out.append("    section ")
                    .append(clean(stage.name(), "", "stage name", warnings))
                    .append('\n');
            for (Step step : stage.steps()) {
                out.append("      ")
                        .append(task(journey, step, actorNames, warnings, unscored))
                        .append('\n');
            }
        }
        if (!unscored.isEmpty()) {
            warnings.add(
                    "steps without an emotion were written with the neutral score 3: " + String.join(", ", unscored));
        }
        new DroppedContent(workspace, journey).describe(warnings);
        return new MermaidExport(out.toString(), warnings);
    }

    private static String task(
            Journey journey, Step step, Map<String, String> actorNames, List<String> warnings, List<String> unscored) {
        List<EmotionPoint> points = journey.emotions().stream()
                .filter(e -> e.stepId().equals(step.id()))
                .toList();
        String name = clean(step.name(), "", "step name", warnings);
        if (points.isEmpty()) {
            unscored.add(step.name());
            return name + ": 3";
        }
        Map<String, Integer> scores = points.stream()
                .collect(Collectors.toMap(
                        e -> actorNames.getOrDefault(e.personaId(), e.personaId()),
                        EmotionPoint::score,
                        (a, b) -> a,
                        TreeMap::new));
        long distinct = scores.values().stream().distinct().count();
        int score = (int) Math.round(
                scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        if (distinct > 1) {
            warnings.add(
                    "step '" + step.name() + "': Mermaid has one score per task, so the personas' different scores "
                            + scores + " were written as their mean " + score);
        }
        String actors = points.stream()
                .map(e -> actorNames.getOrDefault(e.personaId(), e.personaId()))
                .collect(Collectors.joining(", "));
        return name + ": " + (score + 3) + ": " + actors;
    }

    /**
     * Mermaid's grammar ends a name at ':', '#', ';' or a line break; such characters become spaces, with a warning.
     */
    private static String clean(String text, String alsoForbidden, String what, List<String> warnings) {
        String forbidden = ":#;\n\r" + alsoForbidden;
        StringBuilder cleaned = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            cleaned.append(forbidden.indexOf(c) >= 0 ? ' ' : c);
        }
        String result = cleaned.toString().replaceAll(" {2,}", " ").strip();
        if (!result.equals(text)) {
            warnings.add(what + " '" + text + "' was written as '" + result + "': Mermaid does not allow "
                    + describe(forbidden) + " there");
        }
        return result;
    }

    private static String describe(String forbidden) {
        return forbidden
                        .chars()
                        .filter(c -> c > ' ')
                        .mapToObj(c -> "'" + (char) c + "'")
                        .collect(Collectors.joining(", "))
                + " or line breaks";
    }
}
