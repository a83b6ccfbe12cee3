package io.journeyboard.model.workspace;

import io.journeyboard.model.Lists;
import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.persona.Persona;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a team maps together: its personas, its journeys and the evidence they rest on. A
 * Journeyboard file holds one workspace; journeys refer to personas and evidence by id.
 */
public record Workspace(
        String name, String description, List<Persona> personas, List<Journey> journeys, List<Evidence> evidence) {

    public Workspace {
        personas = Lists.immutable(personas);
        journeys = Lists.immutable(journeys);
        evidence = Lists.immutable(evidence);
    }

    public Optional<Journey> journey(String journeyId) {
        return journeys.stream().filter(j -> j.id().equals(journeyId)).findFirst();
    }

    /**
     * The journey a command works on: the one {@code journeyId} names, or when it is null the only one.
     *
     * @throws IllegalArgumentException naming the journeys there are, when the named one is missing or
     *                                  none is named and there are several or none
     */
    public Journey chooseJourney(String journeyId) {
        String ids = journeys.stream().map(Journey::id).collect(Collectors.joining(", "));
        if (journeyId != null) {
            return journey(journeyId)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "has no journey '" + journeyId + "'; it has: " + (ids.isEmpty() ? "none" : ids)));
        }
        if (journeys.size() != 1) {
            throw new IllegalArgumentException("has " + journeys.size() + " journeys (" + (ids.isEmpty() ? "none" : ids)
                    + "); name the one to use");
        }
        return journeys.getFirst();
    }

    public Optional<Persona> persona(String personaId) {
        return personas.stream().filter(p -> p.id().equals(personaId)).findFirst();
    }

    public Workspace withJourneys(List<Journey> newJourneys) {
        return new Workspace(name, description, personas, newJourneys, evidence);
    }

    public Workspace withPersonas(List<Persona> newPersonas) {
        return new Workspace(name, description, newPersonas, journeys, evidence);
    }

    public Workspace withEvidence(List<Evidence> newEvidence) {
        return new Workspace(name, description, personas, journeys, newEvidence);
    }
}
