package io.journeyboard.server.persona;

import io.javalin.http.Context;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.PersonaStore;
import io.journeyboard.server.workspace.Role;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The personas of a workspace: list, add, read, replace, and remove when no journey uses them. */
public final class PersonaRoutes {

    private static final String BASE = "/workspaces/{ws}/personas";

    private final Jdbi jdbi;
    private final PersonaStore personas;
    private final PersonaEditor editor;
    private final Access access;
    private final Bodies bodies;

    public PersonaRoutes(Jdbi jdbi, PersonaStore personas, PersonaEditor editor, Access access, Bodies bodies) {
        this.jdbi = jdbi;
        this.personas = personas;
        this.editor = editor;
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
            ctx.json(jdbi.withHandle(handle -> editor.find(handle, ws, ctx.pathParam("persona"))));
        });
        routes.put(BASE + "/{persona}", this::replace);
        routes.delete(BASE + "/{persona}", ctx -> {
            editor.delete(access.require(ctx, Role.EDITOR), ctx.pathParam("persona"));
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Persona persona = bodies.json(ctx, Persona.class);
        editor.create(grant, persona);
        ctx.status(201).json(persona);
    }

    private void replace(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String id = ctx.pathParam("persona");
        Persona persona = bodies.json(ctx, Persona.class);
        if (!id.equals(persona.id())) {
            throw ApiException.invalid(
                    List.of(new FieldError("id", "must be '" + id + "', the persona's id in the path")));
        }
        editor.replace(grant, persona);
        ctx.json(persona);
    }
}
