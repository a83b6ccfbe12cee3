package io.journeyboard.server.evidence;

import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.EvidenceStore;
import io.journeyboard.server.workspace.PersonaStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Every change the library makes to a record goes through here: in one transaction holding the workspace's
 * evidence lock, the record is written and its history entry added, or nothing is. A record that cards or
 * personas cite is never deleted: the refusal names them, since a card must never cite a missing record.
 */
public final class EvidenceEditor {

    /** How many citing cards and personas a refusal names before it only counts the rest. */
    private static final int NAMED = 5;

    private final EvidenceStore evidence;
    private final EvidenceHistory history;
    private final EvidenceCitations citations;
    private final PersonaStore personas;

    public EvidenceEditor(
            EvidenceStore evidence, EvidenceHistory history, EvidenceCitations citations, PersonaStore personas) {
        this.evidence = evidence;
        this.history = history;
        this.citations = citations;
        this.personas = personas;
    }

    /** Adds a checked record; 409 when the workspace has one with its id. */
    public void add(Access.Grant grant, Evidence record) {
        evidence.jdbi().useTransaction(handle -> {
            if (evidence.addMissing(handle, grant.workspaceId(), List.of(record))
                    .isEmpty()) {
                throw ApiException.conflict("the workspace has evidence '" + record.id()
                        + "' already; choose another id, or edit that record with PUT");
            }
            history.record(
                    handle,
                    grant.workspaceId(),
                    record.id(),
                    grant.user().id(),
                    EvidenceHistory.ADDED,
                    EvidenceHistory.between(new Evidence(record.id(), null, null, null, null, null), record));
        });
    }

    /** Rewrites a checked record; an edit that changes nothing writes nothing. 404 when there is no such record. */
    public void edit(Access.Grant grant, Evidence record) {
        evidence.jdbi().useTransaction(handle -> {
            evidence.lock(handle, grant.workspaceId());
            Evidence before = existing(handle, grant.workspaceId(), record.id());
            List<EvidenceHistory.FieldChange> changes = EvidenceHistory.between(before, record);
            if (!changes.isEmpty()) {
                evidence.replace(
                        handle, grant.workspaceId(), record, grant.user().id());
                history.record(
                        handle, grant.workspaceId(), record.id(), grant.user().id(), EvidenceHistory.EDITED, changes);
            }
        });
    }

    /** Deletes a record nothing cites, with its items; 409 naming the citing cards and personas otherwise. */
    public void delete(Access.Grant grant, String evidenceId) {
        evidence.jdbi().useTransaction(handle -> {
            String ws = grant.workspaceId();
            evidence.lock(handle, ws);
            existing(handle, ws, evidenceId);
            List<String> citing = citing(handle, ws, evidenceId);
            if (!citing.isEmpty()) {
                throw ApiException.conflict("evidence '" + evidenceId + "' is cited by " + listed(citing)
                        + "; detach it from them in their details first, then delete it");
            }
            evidence.delete(handle, ws, evidenceId);
            history.record(handle, ws, evidenceId, grant.user().id(), EvidenceHistory.DELETED, List.of());
        });
    }

    private Evidence existing(Handle handle, String workspaceId, String id) {
        return evidence.find(handle, workspaceId, id)
                .orElseThrow(() -> ApiException.notFound("the workspace has no evidence '" + id + "'"));
    }

    /** The cards (by text, journey, lane and step) and personas citing a record, as a reader names them. */
    private List<String> citing(Handle handle, String workspaceId, String evidenceId) {
        List<String> names = new ArrayList<>();
        for (EvidenceCitations.Citation c :
                citations.byEvidence(handle, workspaceId).getOrDefault(evidenceId, List.of())) {
            names.add(
                    "the card “" + c.cardText() + "” (" + c.journeyName() + ", " + c.lane() + " at " + c.step() + ")");
        }
        for (Persona persona : personas.list(handle, workspaceId)) {
            if (persona.evidenceIds().contains(evidenceId)) {
                names.add("the persona “" + persona.name() + "”");
            }
        }
        return names;
    }

    private static String listed(List<String> names) {
        String shown = names.stream().limit(NAMED).collect(Collectors.joining(", "));
        return names.size() <= NAMED ? shown : shown + " and " + (names.size() - NAMED) + " more";
    }
}
