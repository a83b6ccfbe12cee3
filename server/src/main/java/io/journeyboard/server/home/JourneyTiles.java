package io.journeyboard.server.home;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.JourneySummary;
import io.journeyboard.server.workspace.PersonaStore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The home screen's tiles: every live journey of a workspace with its state, personas, tags and archive flag. */
public final class JourneyTiles {

    private final JourneyStore journeys;
    private final PersonaStore personas;
    private final JourneyFiling filing;

    public JourneyTiles(JourneyStore journeys, PersonaStore personas, JourneyFiling filing) {
        this.journeys = journeys;
        this.personas = personas;
        this.filing = filing;
    }

    /** The tiles in name order; archived journeys only when {@code withArchived}. */
    public List<JourneyTile> list(String workspaceId, boolean withArchived) {
        List<JourneySummary> summaries = journeys.list(workspaceId);
        return journeys.jdbi().withHandle(handle -> {
            Map<String, Journey> documents = journeys.liveJourneys(handle, workspaceId).stream()
                    .collect(Collectors.toMap(Journey::id, Function.identity()));
            Map<String, String> personaNames =
                    personas.list(handle, workspaceId).stream().collect(Collectors.toMap(Persona::id, Persona::name));
            Set<String> archived = filing.archived(handle, workspaceId);
            Map<String, Set<String>> tags = filing.tags(handle, workspaceId);
            return summaries.stream()
                    .filter(s -> withArchived || !archived.contains(s.id()))
                    .filter(s -> documents.containsKey(s.id()))
                    .map(s -> tile(
                            workspaceId,
                            s,
                            documents.get(s.id()),
                            personaNames,
                            archived.contains(s.id()),
                            tags.getOrDefault(s.id(), Set.of())))
                    .toList();
        });
    }

    private static JourneyTile tile(
            String workspaceId,
            JourneySummary summary,
            Journey journey,
            Map<String, String> personaNames,
            boolean archived,
            Set<String> tags) {
        List<JourneyTile.PersonaName> named = journey.personaIds().stream()
                .filter(personaNames::containsKey)
                .map(id -> new JourneyTile.PersonaName(id, personaNames.get(id)))
                .toList();
        return new JourneyTile(
                summary.id(),
                summary.name(),
                summary.version(),
                summary.updatedAt(),
                summary.updatedBy(),
                journey.state() == null ? "current" : journey.state().name().toLowerCase(Locale.ROOT),
                named,
                archived,
                List.copyOf(tags),
                journey.stages().size(),
                journey.cards().size(),
                ThumbnailRoutes.address(workspaceId, summary.id(), summary.version()));
    }
}
