package io.journeyboard.server.journey;

import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fine-grained editing of stages, lanes, cards and opportunities: each route is a read-modify-write
 * of the journey document through {@link JourneyEditor}, with the same If-Match check and history
 * as a whole-document write. Answers carry the journey's new ETag.
 */
public final class JourneyPartRoutes {

    private final JourneyEditor editor;
    private final WorkspaceContent content;
    private final Access access;
    private final Bodies bodies;

    public JourneyPartRoutes(JourneyEditor editor, WorkspaceContent content, Access access, Bodies bodies) {
        this.editor = editor;
        this.content = content;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        JourneyPart.ALL.forEach(part -> register(routes, part));
    }

    private <T> void register(Routes routes, JourneyPart<T> part) {
        String list = JourneyRoutes.BASE + "/{journey}/" + part.collection();
        String item = list + "/{item}";
        routes.get(list, ctx -> {
            StoredJourney stored = content.live(access.require(ctx, Role.VIEWER), ctx.pathParam("journey"));
            ctx.header("ETag", ETags.of(stored.version())).json(part.items().apply(stored.journey()));
        });
        routes.post(list, ctx -> add(ctx, part));
        routes.put(item, ctx -> replace(ctx, part));
        routes.delete(item, ctx -> remove(ctx, part));
    }

    private <T> void add(Context ctx, JourneyPart<T> part) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        T body = bodies.json(ctx, part.type());
        StoredJourney stored = editor.edit(
                grant,
                ctx.pathParam("journey"),
                expected,
                "added " + part.singular() + " " + part.id().apply(body),
                j -> {
                    List<T> items = new ArrayList<>(part.items().apply(j));
                    items.add(body);
                    return part.with().apply(j, items);
                });
        ctx.status(201).header("ETag", ETags.of(stored.version())).json(body);
    }

    private <T> void replace(Context ctx, JourneyPart<T> part) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        String id = ctx.pathParam("item");
        T body = bodies.json(ctx, part.type());
        if (!id.equals(part.id().apply(body))) {
            throw ApiException.invalid(List.of(
                    new FieldError("id", "must be '" + id + "', the " + part.singular() + "'s id in the path")));
        }
        StoredJourney stored =
                editor.edit(grant, ctx.pathParam("journey"), expected, "changed " + part.singular() + " " + id, j -> {
                    List<T> items = new ArrayList<>(part.items().apply(j));
                    items.set(indexOf(part, j, id), body);
                    return part.with().apply(j, items);
                });
        ctx.header("ETag", ETags.of(stored.version())).json(body);
    }

    private <T> void remove(Context ctx, JourneyPart<T> part) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        String id = ctx.pathParam("item");
        StoredJourney stored =
                editor.edit(grant, ctx.pathParam("journey"), expected, "removed " + part.singular() + " " + id, j -> {
                    List<T> items = new ArrayList<>(part.items().apply(j));
                    items.remove(indexOf(part, j, id));
                    return part.with().apply(j, items);
                });
        ctx.header("ETag", ETags.of(stored.version())).status(204);
    }

    private static <T> int indexOf(JourneyPart<T> part, Journey journey, String id) {
        List<T> items = part.items().apply(journey);
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(part.id().apply(items.get(i)), id)) {
                return i;
            }
        }
        throw ApiException.notFound("the journey has no " + part.singular() + " '" + id + "'");
    }
}
