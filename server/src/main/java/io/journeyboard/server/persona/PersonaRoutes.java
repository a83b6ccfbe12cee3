package io.journeyboard.server.persona;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.validation.WorkspaceValidator;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.server.workspace.WorkspaceStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The personas of a workspace: list, add, read, replace, and remove when no journey uses them. */
public final class PersonaRoutes {

    private static final String BASE = "/workspaces/{ws}/personas";

    private final Jdbi jdbi;
    private final PersonaStore personas;
    private final WorkspaceStore workspaces;
    private final JourneyStore journeys;
    private final Access access;
    private final Bodies bodies;
    private final WorkspaceValidator validator = new WorkspaceValidator();

    public PersonaRoutes(Jdbi jdbi, PersonaStore personas, WorkspaceStore workspaces, JourneyStore journeys, Access access, Bodies bodies) {
        this.jdbi = jdbi;
        this.personas = personas;
        this.workspaces = workspaces;
        this.journeys = journeys;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(BASE, ctx -> {
            String ws = access.require(ctx, Role.VIEWER).workspaceId();
            ctx.json(jdbi.withHandle(handle -> personas.list(handle, ws)));
        });
        routes.post(BASE, this::create);
        routes.get(BASE + "/{persona}", ctx -> {
            String ws = access.require(ctx, Role.VIEWER).workspaceId();
            ctx.json(jdbi.withHandle(handle -> find(handle, ws, ctx.pathParam("persona"))));
        });
        routes.put(BASE + "/{persona}", this::replace);
        routes.delete(BASE + "/{persona}", this::delete);
    }

    private void create(Context ctx) {
        String ws = access.require(ctx, Role.EDITOR).workspaceId();
        Persona persona = bodies.json(ctx, Persona.class);
        jdbi.useTransaction(handle -> {
            List<Persona> all = new ArrayList<>(personas.list(handle, ws));
            if (all.stream().anyMatch(p -> p.id().equals(persona.id()))) {
                throw ApiException.conflict("the workspace has a persona with id '" + persona.id() + "' already");
            }
            all.add(persona);
            check(handle, ws, all, all.size() - 1);
            personas.insert(handle, ws, persona);
        });
        ctx.status(201).json(persona);
    }

    private void replace(Context ctx) {
        String ws = access.require(ctx, Role.EDITOR).workspaceId();
        String id = ctx.pathParam("persona");
        Persona persona = bodies.json(ctx, Persona.class);
        if (!id.equals(persona.id())) {
            throw ApiException.invalid(List.of(new FieldError("id", "must be '" + id + "', the persona's id in the path")));
        }
        jdbi.useTransaction(handle -> {
            find(handle, ws, id);
            List<Persona> all = new ArrayList<>(personas.list(handle, ws));
            int index = indexOf(all, id);
            all.set(index, persona);
            check(handle, ws, all, index);
            personas.update(handle, ws, persona);
        });
        ctx.json(persona);
    }

    private void delete(Context ctx) {
        String ws = access.require(ctx, Role.EDITOR).workspaceId();
        String id = ctx.pathParam("persona");
        jdbi.useTransaction(handle -> {
            find(handle, ws, id);
            List<String> users = journeys.liveJourneys(handle, ws).stream().filter(j -> mentions(j, id)).map(Journey::id).toList();
            if (!users.isEmpty()) {
                throw ApiException.conflict("persona '" + id + "' is used by journeys " + users + "; remove it from them first");
            }
            personas.delete(handle, ws, id);
        });
        ctx.status(204);
    }

    private Persona find(Handle handle, String ws, String id) {
        return personas.list(handle, ws).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("there is no persona '" + id + "' in this workspace"));
    }

    /** Validates the workspace's personas and reports the problems of the one at {@code index}, relative to it. */
    private void check(Handle handle, String ws, List<Persona> all, int index) {
        Workspace workspace = new Workspace(workspaces.name(handle, ws), null, all, List.of(), workspaces.evidence(handle, ws));
        String prefix = "personas[" + index + "]";
        List<FieldError> errors = validator.validate(workspace).stream()
                .filter(p -> p.path().startsWith(prefix + ".") || p.path().equals(prefix))
                .map(p -> new FieldError(p.path().equals(prefix) ? "(persona)" : p.path().substring(prefix.length() + 1), p.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static int indexOf(List<Persona> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mentions(Journey journey, String personaId) {
        return journey.personaIds().contains(personaId)
                || journey.cards().stream().anyMatch(c -> c.personaIds().contains(personaId))
                || journey.emotions().stream().anyMatch(e -> personaId.equals(e.personaId()));
    }
}
