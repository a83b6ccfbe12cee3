package io.journeyboard.server.transfer;

import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One journey as a self-contained Journeyboard workspace: the journey, the personas it mentions and
 * the evidence they and its cards rest on. Links and sub-journeys point outside the file, so they
 * are left out; the file then imports cleanly anywhere.
 */
final class JourneyExport {

    private JourneyExport() {}

    /** {@code journey} out of {@code workspace}, a snapshot holding its personas and evidence. */
    static Workspace of(Workspace workspace, Journey journey) {
        List<Persona> personas = workspace.personas();
        List<Evidence> evidence = workspace.evidence();
        Set<String> personaIds = new HashSet<>(journey.personaIds());
        journey.cards().forEach(c -> personaIds.addAll(c.personaIds()));
        journey.emotions().forEach(e -> personaIds.add(e.personaId()));
        List<Persona> used =
                personas.stream().filter(p -> personaIds.contains(p.id())).toList();
        Set<String> evidenceIds = new HashSet<>();
        journey.cards().forEach(c -> evidenceIds.addAll(c.evidenceIds()));
        used.forEach(p -> evidenceIds.addAll(p.evidenceIds()));
        List<Evidence> cited =
                evidence.stream().filter(e -> evidenceIds.contains(e.id())).toList();
        return new Workspace(workspace.name(), null, used, List.of(standalone(journey)), cited);
    }

    /** The exported {@code file} with all of {@code workspace}'s personas, in the workspace's order. */
    static Workspace withAllPersonas(Workspace workspace, Workspace file) {
        Set<String> cited = new HashSet<>();
        file.evidence().forEach(e -> cited.add(e.id()));
        workspace.personas().forEach(p -> cited.addAll(p.evidenceIds()));
        List<Evidence> evidence = workspace.evidence().stream()
                .filter(e -> cited.contains(e.id()))
                .toList();
        return new Workspace(file.name(), null, workspace.personas(), file.journeys(), evidence);
    }

    private static Journey standalone(Journey j) {
        List<Stage> stages = j.stages().stream()
                .map(s -> new Stage(
                        s.id(),
                        s.name(),
                        s.description(),
                        s.steps().stream()
                                .map(step -> new Step(step.id(), step.name(), step.description(), null))
                                .toList()))
                .toList();
        return new Journey(
                j.id(),
                j.name(),
                j.description(),
                j.goal(),
                j.state(),
                j.personaIds(),
                List.of(),
                stages,
                j.lanes(),
                j.cards(),
                j.emotions(),
                j.opportunities());
    }
}
