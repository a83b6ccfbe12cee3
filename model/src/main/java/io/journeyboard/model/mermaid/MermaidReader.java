package io.journeyboard.model.mermaid;

import io.journeyboard.model.format.FormatException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a Mermaid {@code journey} diagram into a workspace with one journey: the title names the
 * journey, sections become stages, tasks become steps, each actor becomes a persona, and a task's
 * score (1 to 5) becomes an emotion point (-2 to 2) for each of its actors. A task without actors
 * is scored for a persona named "Customer".
 */
public final class MermaidReader {

    static final String DEFAULT_ACTOR = "Customer";
    private static final int MAX_LINES = 10_000;

    /** Parses {@code text}; {@code source} names it in messages. */
    public Workspace read(String text, String source) throws FormatException {
        List<String> lines = text.lines().toList();
        if (lines.size() > MAX_LINES) {
            throw new FormatException(
                    source, MAX_LINES + 1, 0, "a Mermaid journey may have at most " + MAX_LINES + " lines");
        }
        Parse parse = new Parse(source);
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int lineNumber = i + 1;
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (!header) {
                if (!line.equals("journey")) {
                    throw new FormatException(
                            source,
                            lineNumber,
                            1,
                            "a Mermaid journey starts with the line 'journey', not '" + shorten(line) + "'");
                }
                header = true;
            } else {
                parse.line(line, lineNumber, indentOf(lines.get(i)));
            }
        }
        if (!header) {
            throw new FormatException(
                    source, 1, 1, "the file is empty; a Mermaid journey starts with the line 'journey'");
        }
        return parse.workspace();
    }

    private static int indentOf(String raw) {
        int indent = 0;
        while (indent < raw.length() && Character.isWhitespace(raw.charAt(indent))) {
            indent++;
        }
        return indent + 1;
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** The state of one parse: stages and steps so far, and the personas met. */
    private static final class Parse {
        private final String source;
        private final Ids ids = new Ids();
        private final List<StageDraft> stages = new ArrayList<>();
        private final Map<String, String> personaIdsByActor = new LinkedHashMap<>();
        private final List<EmotionPoint> emotions = new ArrayList<>();
        private String title;

        Parse(String source) {
            this.source = source;
        }

        void line(String line, int lineNumber, int column) throws FormatException {
            if (line.startsWith("title ") || line.equals("title")) {
                title = line.substring("title".length()).strip();
            } else if (line.startsWith("section ") || line.equals("section")) {
                String name = line.substring("section".length()).strip();
                if (name.isEmpty()) {
                    throw new FormatException(source, lineNumber, column, "a section needs a name: 'section Discover'");
                }
                stages.add(new StageDraft(ids.next("stage", name), name));
            } else if (line.startsWith("accTitle") || line.startsWith("accDescr")) {
                return;
            } else {
                task(line, lineNumber, column);
            }
        }

        private void task(String line, int lineNumber, int column) throws FormatException {
            String[] parts = line.split(":", 3);
            if (parts.length < 2) {
                throw new FormatException(
                        source,
                        lineNumber,
                        column,
                        "'" + shorten(line)
                                + "' is not a task; write 'Task name: score: Actor, Actor' with a score from 1 to 5");
            }
            String name = parts[0].strip();
            if (name.isEmpty()) {
                throw new FormatException(source, lineNumber, column, "a task needs a name before the first ':'");
            }
            int score = score(parts[1].strip(), lineNumber, column + parts[0].length() + 1);
            int actorsColumn = column + parts[0].length() + parts[1].length() + 2;
            List<String> actors = parts.length == 3 ? actors(parts[2], lineNumber, actorsColumn) : new ArrayList<>();
            if (actors.isEmpty()) {
                actors.add(DEFAULT_ACTOR);
            }
            if (stages.isEmpty()) {
                stages.add(new StageDraft(ids.next("stage", "journey"), "Journey"));
            }
            String stepId = ids.next("step", name);
            stages.getLast().steps.add(new Step(stepId, name, null, null));
            for (String actor : new LinkedHashSet<>(actors)) {
                int limit = WorkspaceLimits.PERSONAS_PER_JOURNEY;
                if (!personaIdsByActor.containsKey(actor) && personaIdsByActor.size() == limit) {
                    throw new FormatException(
                            source,
                            lineNumber,
                            column,
                            "actor '" + shorten(actor) + "' would be persona " + (limit + 1)
                                    + "; a journey may have at most " + limit
                                    + " personas, so use fewer distinct actors");
                }
                String personaId = personaIdsByActor.computeIfAbsent(actor, a -> ids.next("persona", a));
                emotions.add(new EmotionPoint(personaId, stepId, score - 3, null));
            }
        }

        /** The actors after a task's second ':', at most {@link WorkspaceLimits#ACTORS_PER_MERMAID_TASK} of them. */
        private List<String> actors(String list, int lineNumber, int column) throws FormatException {
            List<String> actors = new ArrayList<>();
            int offset = 0;
            for (String actor : list.split(",")) {
                if (!actor.isBlank()) {
                    if (actors.size() == WorkspaceLimits.ACTORS_PER_MERMAID_TASK) {
                        int at = column
                                + offset
                                + actor.length()
                                - actor.stripLeading().length();
                        throw new FormatException(
                                source,
                                lineNumber,
                                at,
                                "a task may name at most " + actors.size()
                                        + " actors; split it, or leave out actors from '" + shorten(actor.strip())
                                        + "' on");
                    }
                    actors.add(actor.strip());
                }
                offset += actor.length() + 1;
            }
            return actors;
        }

        private int score(String text, int lineNumber, int column) throws FormatException {
            try {
                int score = Integer.parseInt(text);
                if (score >= 1 && score <= 5) {
                    return score;
                }
            } catch (NumberFormatException e) {
                // reported below with the same message as an out-of-range number
            }
            throw new FormatException(
                    source, lineNumber, column, "the score '" + shorten(text) + "' is not a whole number from 1 to 5");
        }

        Workspace workspace() {
            String name = title == null || title.isEmpty() ? "Imported journey" : title;
            List<Persona> personas = new ArrayList<>();
            personaIdsByActor.forEach((actor, id) -> personas.add(MermaidPersonas.named(id, actor)));
            List<Stage> built = stages.stream()
                    .map(s -> new Stage(s.id, s.name, null, s.steps))
                    .toList();
            List<Lane> lanes = List.of(new Lane("lane-emotion", LaneKind.EMOTION, "Emotion"));
            Journey journey = new Journey(
                    ids.next("journey", name),
                    name,
                    null,
                    null,
                    JourneyState.CURRENT,
                    List.copyOf(personaIdsByActor.values()),
                    List.of(),
                    built,
                    lanes,
                    List.of(),
                    emotions,
                    List.of());
            return new Workspace(name, null, personas, List.of(journey), List.of());
        }
    }

    private static final class StageDraft {
        final String id;
        final String name;
        final List<Step> steps = new ArrayList<>();

        StageDraft(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
