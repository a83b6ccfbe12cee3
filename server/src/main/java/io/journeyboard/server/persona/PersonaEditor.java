package io.journeyboard.server.persona;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.model.workspace.WorkspaceLimits;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.store.SqlFailures;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.PersonaStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Every change to a workspace's personas goes through here, as every change to a journey goes
 * through {@code JourneyEditor}: validated against the workspace, stored with who made it and when,
 * in one transaction. A persona some journey still uses is not removed.
 */
public final class PersonaEditor {

    private final Jdbi jdbi;
    private final PersonaStore personas;
    private final WorkspaceContent content;
    private final WorkspaceValidator validator = new WorkspaceValidator();

    public PersonaEditor(Jdbi jdbi, PersonaStore personas, WorkspaceContent content) {
        this.jdbi = jdbi;
        this.personas = personas;
        this.content = content;
    }

    /** Adds a persona; 409 when the workspace has one with its id. */
    public void create(Access.Grant grant, Persona persona) {
        ApiException taken =
                ApiException.conflict("the workspace has a persona with id '" + persona.id() + "' already");
        try {
            jdbi.useTransaction(handle -> {
                List<Persona> all = new ArrayList<>(personas.list(handle, grant.workspaceId()));
                if (all.stream().anyMatch(p -> p.id().equals(persona.id()))) {
                    throw taken;
                }
                all.add(persona);
                check(handle, grant.workspaceId(), all, all.size() - 1);
                personas.insert(
                        handle, grant.workspaceId(), persona, grant.user().id());
            });
        } catch (UnableToExecuteStatementException e) {
            // a create of the same id a moment earlier, still committing when this one looked
            if (SqlFailures.isUniqueViolation(e)) {
                throw taken;
            }
            throw e;
        }
    }

    /** Replaces persona {@code persona.id()}; 404 when there is none. */
    public void replace(Access.Grant grant, Persona persona) {
        jdbi.useTransaction(handle -> {
            List<Persona> all = new ArrayList<>(personas.list(handle, grant.workspaceId()));
            int index = indexOf(all, persona.id());
            all.set(index, persona);
            check(handle, grant.workspaceId(), all, index);
            personas.update(handle, grant.workspaceId(), persona, grant.user().id());
        });
    }

    /** Removes a persona; 404 when there is none, 409 while a journey uses it. */
    public void delete(Access.Grant grant, String personaId) {
        jdbi.useTransaction(handle -> {
            Workspace workspace = content.snapshot(handle, grant.workspaceId());
            indexOf(workspace.personas(), personaId);
            List<String> users = workspace.journeys().stream()
                    .filter(j -> mentions(j, personaId))
                    .map(Journey::id)
                    .toList();
            if (!users.isEmpty()) {
                throw ApiException.conflict(
                        "persona '" + personaId + "' is used by journeys " + users + "; remove it from them first");
            }
            personas.delete(handle, grant.workspaceId(), personaId);
        });
    }

    /**
     * Within a caller's transaction, adds the personas whose ids the workspace has not got yet (an
     * import keeps the workspace's own); the caller has validated them with what it imports.
     */
    public void addMissing(Handle handle, Access.Grant grant, List<Persona> imported) {
        Set<String> ids = new HashSet<>(personas.list(handle, grant.workspaceId()).stream()
                .map(Persona::id)
                .toList());
        for (Persona persona : imported) {
            if (ids.add(persona.id())) {
                personas.insert(
                        handle, grant.workspaceId(), persona, grant.user().id());
            }
        }
        if (ids.size() > WorkspaceLimits.PERSONAS_PER_WORKSPACE) {
            throw ApiException.invalid(List.of(new FieldError(
                    "personas",
                    "the workspace would hold " + ids.size() + " personas; a workspace may have at most "
                            + WorkspaceLimits.PERSONAS_PER_WORKSPACE)));
        }
    }

    /** The persona, or 404. */
    public Persona find(Handle handle, String workspaceId, String personaId) {
        List<Persona> all = personas.list(handle, workspaceId);
        return all.get(indexOf(all, personaId));
    }

    /** Validates the workspace's personas and reports the problems of the one at {@code index}, relative to it. */
    private void check(Handle handle, String workspaceId, List<Persona> all, int index) {
        Workspace workspace = content.snapshot(handle, workspaceId, List.of()).withPersonas(all);
        String prefix = "personas[" + index + "]";
        List<FieldError> errors = validator.validate(workspace).stream()
                .filter(p -> p.path().startsWith(prefix + ".") || p.path().equals(prefix))
                .map(p -> new FieldError(relative(p.path(), prefix), p.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static String relative(String path, String prefix) {
        return path.equals(prefix) ? "(persona)" : path.substring(prefix.length() + 1);
    }

    private static int indexOf(List<Persona> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw noSuchPersona(id);
    }

    /** The answer for a persona id that names no persona in the workspace. */
    public static ApiException noSuchPersona(String personaId) {
        return ApiException.notFound("there is no persona '" + personaId + "' in this workspace");
    }

    private static boolean mentions(Journey journey, String personaId) {
        return journey.personaIds().contains(personaId)
                || journey.cards().stream().anyMatch(c -> c.personaIds().contains(personaId))
                || journey.emotions().stream().anyMatch(e -> personaId.equals(e.personaId()));
    }
}
