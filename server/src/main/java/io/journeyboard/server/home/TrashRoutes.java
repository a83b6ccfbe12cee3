package io.journeyboard.server.home;

import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The trash: journeys deleted with {@code DELETE .../journeys/{journey}} are listed here, an editor restores one as it
 * was, and only an owner removes one for good (with its history, comments and share links).
 */
public final class TrashRoutes {

    private static final String TRASH = "/workspaces/{ws}/trash";

    private final Jdbi jdbi;
    private final JourneyEditor editor;
    private final JourneyPurge purge;
    private final Access access;

    public TrashRoutes(Jdbi jdbi, JourneyEditor editor, JourneyPurge purge, Access access) {
        this.jdbi = jdbi;
        this.editor = editor;
        this.purge = purge;
        this.access = access;
    }

    /** A journey in the trash: when and by whom it was deleted. */
    public record Trashed(String id, String name, int version, Instant deletedAt, String deletedBy) {}

    public void register(Routes routes) {
        routes.get(TRASH, this::list);
        routes.post(TRASH + "/{journey}/restore", this::restore);
        routes.delete(TRASH + "/{journey}", this::purge);
    }

    private void list(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        List<Trashed> trashed = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT j.journey_id, j.name, j.version, j.updated_at, u.name FROM journeys j
                        JOIN users u ON u.id = j.updated_by
                        WHERE j.workspace_id = :ws AND j.deleted ORDER BY j.updated_at DESC, j.journey_id""")
                .bind("ws", grant.workspaceId())
                .map((rs, c) -> new Trashed(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list());
        ctx.json(trashed);
    }

    private void restore(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        StoredJourney restored = editor.undelete(grant, ctx.pathParam("journey"));
        ctx.header("ETag", ETags.of(restored.version()))
                .json(Map.of(
                        "id", restored.journey().id(),
                        "name", restored.journey().name(),
                        "version", restored.version()));
    }

    private void purge(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.OWNER);
        String journeyId = ctx.pathParam("journey");
        if (!purge.purge(grant.workspaceId(), journeyId)) {
            throw ApiException.notFound("there is no journey '" + journeyId + "' in the trash; only a journey in the "
                    + "trash can be deleted for good, so delete it first");
        }
        ctx.status(204);
    }
}
