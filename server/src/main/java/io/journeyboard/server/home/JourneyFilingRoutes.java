package io.journeyboard.server.home;

import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.JourneySummary;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The home screen's journey management: the tiles, rename (a journey write, with If-Match), duplicate, archive and
 * tags (filing, which writes no version).
 */
public final class JourneyFilingRoutes {

    static final int MAX_NAME = 200;
    private static final String JOURNEY = "/workspaces/{ws}/journeys/{journey}";

    private final JourneyStore journeys;
    private final JourneyEditor editor;
    private final WorkspaceContent content;
    private final JourneyFiling filing;
    private final JourneyTiles tiles;
    private final Access access;
    private final Bodies bodies;

    public JourneyFilingRoutes(
            JourneyStore journeys,
            JourneyEditor editor,
            WorkspaceContent content,
            JourneyFiling filing,
            JourneyTiles tiles,
            Access access,
            Bodies bodies) {
        this.journeys = journeys;
        this.editor = editor;
        this.content = content;
        this.filing = filing;
        this.tiles = tiles;
        this.access = access;
        this.bodies = bodies;
    }

    record NameBody(String name) {}

    record ArchivedBody(Boolean archived) {}

    public void register(Routes routes) {
        routes.get("/workspaces/{ws}/journey-tiles", this::list);
        routes.put(JOURNEY + "/name", this::rename);
        routes.post(JOURNEY + "/duplicate", this::duplicate);
        routes.put(JOURNEY + "/archived", this::archive);
        routes.put(JOURNEY + "/tags/{tag}", this::addTag);
        routes.delete(JOURNEY + "/tags/{tag}", this::removeTag);
    }

    private void list(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        String archived = ctx.queryParamAsClass("archived", String.class).getOrDefault("false");
        if (!archived.equals("true") && !archived.equals("false")) {
            throw ApiException.invalid(List.of(new FieldError(
                    "archived",
                    "must be true (archived journeys too) or false (the default), not '" + archived + "'")));
        }
        ctx.json(tiles.list(grant.workspaceId(), archived.equals("true")));
    }

    private void rename(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        NameBody body = bodies.json(ctx, NameBody.class);
        String name = checkedName(body.name());
        StoredJourney stored = editor.edit(
                grant,
                ctx.pathParam("journey"),
                expected,
                "renamed the journey to '" + name + "'",
                j -> j.withIdAndName(j.id(), name));
        ctx.header("ETag", ETags.of(stored.version()))
                .json(Map.of("id", stored.journey().id(), "name", name, "version", stored.version()));
    }

    static String checkedName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw ApiException.invalid(List.of(new FieldError("name", "must not be empty: give the journey a name")));
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.invalid(List.of(new FieldError(
                    "name", "is " + name.length() + " characters long; a journey name may have at most " + MAX_NAME)));
        }
        return name;
    }

    /** A copy with a new id and the next free copy name; its tags come along, its history starts afresh. */
    private void duplicate(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String journeyId = ctx.pathParam("journey");
        StoredJourney copy = journeys.jdbi().inTransaction(handle -> {
            Journey original =
                    content.live(handle, grant.workspaceId(), journeyId).journey();
            Set<String> names = CopyNames.taken(journeys.list(grant.workspaceId()).stream()
                    .map(JourneySummary::name)
                    .toList());
            String id = CopyNames.nextId(original.id(), journeys.allIds(handle, grant.workspaceId()));
            Journey copied = original.withIdAndName(id, CopyNames.next(original.name(), names));
            StoredJourney stored = editor.createAll(
                            handle, grant, List.of(copied), "duplicated '" + original.name() + "'", () -> {})
                    .get(0);
            for (String tag : filing.tagsOf(handle, grant.workspaceId(), journeyId)) {
                filing.addTag(handle, grant.workspaceId(), id, tag);
            }
            return stored;
        });
        ctx.status(201)
                .header(
                        "Location",
                        "/api/v1/workspaces/" + grant.workspaceId() + "/journeys/"
                                + copy.journey().id())
                .header("ETag", ETags.of(copy.version()))
                .json(Map.of("id", copy.journey().id(), "name", copy.journey().name(), "version", copy.version()));
    }

    private void archive(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        ArchivedBody body = bodies.json(ctx, ArchivedBody.class);
        if (body.archived() == null) {
            throw ApiException.invalid(List.of(new FieldError("archived", "is required: true or false")));
        }
        String journeyId = ctx.pathParam("journey");
        journeys.jdbi().useTransaction(handle -> {
            content.live(handle, grant.workspaceId(), journeyId);
            filing.setArchived(handle, grant.workspaceId(), journeyId, body.archived());
        });
        ctx.json(Map.of("id", journeyId, "archived", body.archived()));
    }

    private void addTag(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String tag = TagRules.check(ctx.pathParam("tag"));
        String journeyId = ctx.pathParam("journey");
        Set<String> tags = journeys.jdbi().inTransaction(handle -> {
            content.live(handle, grant.workspaceId(), journeyId);
            Set<String> current = filing.tagsOf(handle, grant.workspaceId(), journeyId);
            TagRules.checkRoom(current, tag);
            if (!current.contains(tag)) {
                filing.addTag(handle, grant.workspaceId(), journeyId, tag);
            }
            return filing.tagsOf(handle, grant.workspaceId(), journeyId);
        });
        ctx.json(Map.of("id", journeyId, "tags", tags));
    }

    /** Idempotent: a tag the journey does not have is as removed as it can be. */
    private void removeTag(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String tag = TagRules.check(ctx.pathParam("tag"));
        String journeyId = ctx.pathParam("journey");
        journeys.jdbi().useTransaction(handle -> {
            content.live(handle, grant.workspaceId(), journeyId);
            filing.removeTag(handle, grant.workspaceId(), journeyId, tag);
        });
        ctx.status(204);
    }
}
