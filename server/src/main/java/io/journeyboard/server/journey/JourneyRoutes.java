package io.journeyboard.server.journey;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.account.SecretTokens;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;

/** Journeys as whole documents: list, create, read, replace and delete, each write guarded by If-Match. */
public final class JourneyRoutes {

    static final String BASE = "/workspaces/{ws}/journeys";

    private final JourneyStore journeys;
    private final JourneyEditor editor;
    private final WorkspaceContent content;
    private final Access access;
    private final Bodies bodies;

    public JourneyRoutes(
            JourneyStore journeys, JourneyEditor editor, WorkspaceContent content, Access access, Bodies bodies) {
        this.journeys = journeys;
        this.editor = editor;
        this.content = content;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(
                BASE,
                ctx -> ctx.json(journeys.list(access.require(ctx, Role.VIEWER).workspaceId())));
        routes.post(BASE, this::create);
        routes.get(BASE + "/{journey}", this::read);
        routes.put(BASE + "/{journey}", this::replace);
        routes.delete(BASE + "/{journey}", ctx -> {
            Access.Grant grant = access.require(ctx, Role.EDITOR);
            StoredJourney deleted = editor.delete(grant, ctx.pathParam("journey"), ETags.expectedVersion(ctx));
            ctx.header("ETag", ETags.of(deleted.version())).status(204);
        });
    }

    /**
     * Answers the stored JSON text as it is: the same bytes as writing the journey again, at a fraction of the cost.
     */
    private void read(Context ctx) {
        JourneyStore.Document document =
                content.liveDocument(access.require(ctx, Role.VIEWER), ctx.pathParam("journey"));
        ctx.header("ETag", ETags.of(document.version()))
                .contentType(ContentType.APPLICATION_JSON)
                .result(document.json());
    }

    private void create(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        Journey journey = withIdIfMissing(bodies.json(ctx, Journey.class));
        StoredJourney stored = editor.create(grant, journey, "created the journey");
        ctx.status(201).header("Location", "/api/v1/workspaces/" + grant.workspaceId() + "/journeys/" + journey.id());
        send(ctx, stored);
    }

    private void replace(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        Journey body = bodies.json(ctx, Journey.class);
        StoredJourney stored = editor.edit(grant, ctx.pathParam("journey"), expected, null, current -> body);
        send(ctx, stored);
    }

    static void send(Context ctx, StoredJourney stored) {
        ctx.header("ETag", ETags.of(stored.version())).json(stored.journey());
    }

    /** A client may leave the id out of a new journey; the server then picks one. */
    static Journey withIdIfMissing(Journey j) {
        if (j.id() != null && !j.id().isBlank()) {
            return j;
        }
        return j.withIdAndName("journey-" + SecretTokens.shortId(), j.name());
    }
}
