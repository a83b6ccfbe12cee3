package io.journeyboard.server.transfer;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.journey.JourneyLink;
import io.journeyboard.model.journey.Stage;
import io.journeyboard.model.journey.Step;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.home.CopyNames;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.ClientConnection;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.JourneySummary;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.persona.PersonaEditor;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.EvidenceStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the content of a Journeyboard file (or a template, or a Mermaid diagram read as one) to a
 * workspace. Evidence and personas whose ids the workspace already has are kept as they are; a
 * journey whose id is taken gets a fresh id ({@code onboarding-2}), and links between the imported
 * journeys follow the new ids; one whose name a journey of the workspace has is named as a copy
 * ("E-commerce purchase (copy)"), so a second start from a template is told apart on the home screen.
 * The file is validated as a whole first; nothing is stored unless all of it is.
 */
public final class WorkspaceImport {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceImport.class);
    private static final ClientConnection NO_CLIENT = ClientConnection.none();

    private final EvidenceStore evidence;
    private final PersonaEditor personas;
    private final JourneyStore journeys;
    private final JourneyEditor editor;
    private final WorkspaceValidator validator = new WorkspaceValidator();

    public WorkspaceImport(
            EvidenceStore evidence, PersonaEditor personas, JourneyStore journeys, JourneyEditor editor) {
        this.evidence = evidence;
        this.personas = personas;
        this.journeys = journeys;
        this.editor = editor;
    }

    /**
     * Imports in one transaction for a caller with no client to lose (the demo workspace); answers the journeys
     * created.
     */
    public List<StoredJourney> apply(Access.Grant grant, Workspace file, String source) {
        return apply(grant, file, source, NO_CLIENT);
    }

    /**
     * Imports in one transaction; answers the journeys created. The import stops, rolls back and answers
     * 499 once {@code client} has gone: between its phases, after each journey stored, and last just
     * before the commit, so that a client that gave up (a timeout, a closed tab) is not told nothing while
     * the import lands anyway. A client leaving during the commit itself may still find the import done.
     */
    public List<StoredJourney> apply(Access.Grant grant, Workspace file, String source, ClientConnection client) {
        Abandonment abandonment =
                new Abandonment(client, grant.workspaceId(), file.journeys().size());
        List<FieldError> errors = validator.validate(file).stream()
                .map(p -> new FieldError(p.path(), p.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        abandonment.stopIfGone("validated");
        return journeys.jdbi().inTransaction(handle -> {
            evidence.addMissing(handle, grant.workspaceId(), file.evidence());
            personas.addMissing(handle, grant, file.personas());
            Map<String, String> newIds = freshIds(handle, grant.workspaceId(), file.journeys());
            Set<String> names = CopyNames.taken(journeys.list(grant.workspaceId()).stream()
                    .map(JourneySummary::name)
                    .toList());
            List<Journey> renamed = new ArrayList<>();
            for (Journey journey : file.journeys()) {
                renamed.add(renamed(journey, newIds, CopyNames.distinct(journey.name(), names)));
            }
            BooleanSupplier goneLately = client.throttledCheck();
            List<StoredJourney> stored = editor.createAll(
                    handle,
                    grant,
                    renamed,
                    "imported from " + source,
                    () -> abandonment.stopIf(goneLately.getAsBoolean(), "storing"));
            abandonment.stopIfGone("about to commit");
            return stored;
        });
    }

    /** Stops an import whose client has gone, saying so in the log; the exception rolls its transaction back. */
    private record Abandonment(ClientConnection client, String workspaceId, int journeys) {
        void stopIfGone(String phase) {
            stopIf(client.gone(), phase);
        }

        void stopIf(boolean gone, String phase) {
            if (gone) {
                LOG.warn(
                        "event=import-abandoned workspace={} journeys={} phase=\"{}\" note=\"the client left before the "
                                + "answer; the import was stopped and nothing of it is stored\"",
                        workspaceId,
                        journeys,
                        phase);
                throw ApiException.clientGone();
            }
        }
    }

    private Map<String, String> freshIds(Handle handle, String ws, List<Journey> imported) {
        Set<String> taken = new HashSet<>(journeys.allIds(handle, ws));
        imported.forEach(j -> taken.add(j.id()));
        Set<String> existing = new HashSet<>(journeys.allIds(handle, ws));
        Map<String, String> newIds = new HashMap<>();
        for (Journey journey : imported) {
            if (existing.contains(journey.id())) {
                int n = 2;
                while (taken.contains(journey.id() + "-" + n)) {
                    n++;
                }
                String fresh = journey.id() + "-" + n;
                taken.add(fresh);
                newIds.put(journey.id(), fresh);
            }
        }
        return newIds;
    }

    private static Journey renamed(Journey j, Map<String, String> newIds, String name) {
        if (newIds.isEmpty() && name.equals(j.name())) {
            return j;
        }
        List<JourneyLink> links = j.links().stream()
                .map(l -> new JourneyLink(newIds.getOrDefault(l.journeyId(), l.journeyId()), l.kind(), l.note()))
                .toList();
        List<Stage> stages = j.stages().stream()
                .map(s -> new Stage(
                        s.id(),
                        s.name(),
                        s.description(),
                        s.steps().stream()
                                .map(step -> new Step(
                                        step.id(),
                                        step.name(),
                                        step.description(),
                                        step.subJourneyId() == null
                                                ? null
                                                : newIds.getOrDefault(step.subJourneyId(), step.subJourneyId())))
                                .toList()))
                .toList();
        return new Journey(
                newIds.getOrDefault(j.id(), j.id()),
                name,
                j.description(),
                j.goal(),
                j.state(),
                j.personaIds(),
                links,
                stages,
                j.lanes(),
                j.cards(),
                j.emotions(),
                j.opportunities());
    }
}
