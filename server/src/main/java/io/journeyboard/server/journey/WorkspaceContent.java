package io.journeyboard.server.journey;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.EvidenceStore;
import io.journeyboard.server.workspace.PersonaStore;
import io.journeyboard.server.workspace.WorkspaceStore;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What a workspace holds, as the routes read it: one live journey by id (or the one 404 for a journey
 * that is not there), and the workspace as the model's {@link Workspace} (its name, personas and
 * evidence around the journeys a caller needs), which validation, export and insights work on.
 */
public final class WorkspaceContent {

    private final WorkspaceStore workspaces;
    private final PersonaStore personas;
    private final EvidenceStore evidence;
    private final JourneyStore journeys;

    public WorkspaceContent(
            WorkspaceStore workspaces, PersonaStore personas, EvidenceStore evidence, JourneyStore journeys) {
        this.workspaces = workspaces;
        this.personas = personas;
        this.evidence = evidence;
        this.journeys = journeys;
    }

    /** The answer for a journey id that names no journey (or a deleted one) in the workspace. */
    public static ApiException noSuchJourney(String journeyId) {
        return ApiException.notFound("there is no journey '" + journeyId + "' in this workspace");
    }

    /** The journey, unless it is missing or deleted: then 404. */
    public StoredJourney live(Access.Grant grant, String journeyId) {
        return journeys.jdbi().withHandle(handle -> live(handle, grant.workspaceId(), journeyId));
    }

    /** The live journey's version and stored JSON text, for answering a read without parsing it; else 404. */
    public JourneyStore.Document liveDocument(Access.Grant grant, String journeyId) {
        return journeys.findDocument(grant.workspaceId(), journeyId)
                .filter(d -> !d.deleted())
                .orElseThrow(() -> noSuchJourney(journeyId));
    }

    /** As {@link #live(Access.Grant, String)}, within a caller's transaction. */
    public StoredJourney live(Handle handle, String workspaceId, String journeyId) {
        return journeys.find(handle, workspaceId, journeyId)
                .filter(j -> !j.deleted())
                .orElseThrow(() -> noSuchJourney(journeyId));
    }

    /** The workspace with all its live journeys. */
    public Workspace snapshot(Handle handle, String workspaceId) {
        return snapshot(handle, workspaceId, journeys.liveJourneys(handle, workspaceId));
    }

    /** The workspace's name, personas and evidence around {@code chosen}, the journeys the caller works on. */
    public Workspace snapshot(Handle handle, String workspaceId, List<Journey> chosen) {
        return new Workspace(
                workspaces.name(handle, workspaceId),
                null,
                personas.list(handle, workspaceId),
                chosen,
                evidence.list(handle, workspaceId));
    }
}
