package io.journeyboard.server.home;

import io.journeyboard.model.journey.Card;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Lane;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.opportunity.Opportunity;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a text in a workspace: journey names, the texts of cards and opportunities, persona names and segments. Each
 * hit says where it is (the journey, lane and step of a card), so a front can name the place and link there.
 */
public final class WorkspaceSearch {

    /** At most this many hits are answered; the answer says when there were more. */
    public static final int MAX_HITS = 100;

    private static final int SNIPPET = 160;

    /**
     * One place the text was found. {@code kind} is journey, card, opportunity or persona; {@code where} reads as a
     * place ("Pain points · Sign up"); ids that do not apply are null.
     */
    public record Hit(
            String kind,
            String text,
            String where,
            String journeyId,
            String journeyName,
            boolean archived,
            String cardId,
            String personaId) {}

    public record Result(String query, List<Hit> hits, boolean truncated) {}

    public Result search(Workspace workspace, Set<String> archived, String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (Journey journey : workspace.journeys()) {
            boolean isArchived = archived.contains(journey.id());
            if (contains(journey.name(), needle)) {
                hits.add(new Hit(
                        "journey",
                        journey.name(),
                        "Journey name",
                        journey.id(),
                        journey.name(),
                        isArchived,
                        null,
                        null));
            }
            Map<String, String> steps = stepNames(journey);
            for (Card card : journey.cards()) {
                if (contains(card.text(), needle) || contains(card.details(), needle)) {
                    String lane = journey.lane(card.laneId()).map(Lane::title).orElse("Card");
                    String where = lane + " · " + steps.getOrDefault(card.stepId(), "");
                    String text = contains(card.text(), needle) ? card.text() : card.details();
                    hits.add(new Hit(
                            "card",
                            snippet(text, needle),
                            where,
                            journey.id(),
                            journey.name(),
                            isArchived,
                            card.id(),
                            null));
                }
            }
            for (Opportunity o : journey.opportunities()) {
                if (contains(o.title(), needle) || contains(o.description(), needle)) {
                    String where =
                            "Opportunity" + (o.stepId() == null ? "" : " · " + steps.getOrDefault(o.stepId(), ""));
                    hits.add(new Hit(
                            "opportunity", o.title(), where, journey.id(), journey.name(), isArchived, o.id(), null));
                }
            }
        }
        for (Persona persona : workspace.personas()) {
            if (Stream.of(persona.name(), persona.segment()).anyMatch(t -> contains(t, needle))) {
                String text = persona.name() + (persona.segment() == null ? "" : " · " + persona.segment());
                hits.add(new Hit("persona", text, "Persona", null, null, false, null, persona.id()));
            }
        }
        boolean truncated = hits.size() > MAX_HITS;
        return new Result(query, truncated ? List.copyOf(hits.subList(0, MAX_HITS)) : hits, truncated);
    }

    private static Map<String, String> stepNames(Journey journey) {
        Map<String, String> names = new HashMap<>();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                names.put(step.id(), stage.name() + " › " + step.name());
            }
        }
        return names;
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The text around the hit, at most {@value #SNIPPET} characters, with an ellipsis where it was cut. */
    static String snippet(String text, String needle) {
        String t = Objects.requireNonNull(text).strip();
        if (t.length() <= SNIPPET) {
            return t;
        }
        int at = Math.max(0, t.toLowerCase(Locale.ROOT).indexOf(needle));
        int from = Math.max(0, Math.min(at - SNIPPET / 3, t.length() - SNIPPET));
        int to = Math.min(t.length(), from + SNIPPET);
        return (from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : "");
    }
}
