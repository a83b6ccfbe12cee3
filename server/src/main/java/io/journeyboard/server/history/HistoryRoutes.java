package io.journeyboard.server.history;

import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.ETags;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyDiff;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A journey's history: list its versions, show one, diff two, restore one. A restore writes the old
 * document as a new version, so restoring never loses the versions after it. Deleted journeys keep
 * their history, and restoring one of their versions brings them back.
 */
public final class HistoryRoutes {

    /** One version with its document. */
    record VersionView(
            int version,
            boolean deleted,
            String summary,
            String name,
            long authorId,
            String authorName,
            Instant createdAt,
            Journey document) {}

    /** A version's new name; null or blank takes the name away. */
    record VersionName(String name) {}

    /** The changes from one version to another. */
    record DiffView(int from, int to, List<JourneyDiff.Change> changes) {}

    private static final String BASE = "/workspaces/{ws}/journeys/{journey}";
    private static final int MAX_NAME = 200;

    private final HistoryStore history;
    private final JourneyDiff diff;
    private final JourneyEditor editor;
    private final Access access;
    private final Bodies bodies;

    public HistoryRoutes(HistoryStore history, JourneyDiff diff, JourneyEditor editor, Access access, Bodies bodies) {
        this.history = history;
        this.diff = diff;
        this.editor = editor;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(BASE + "/versions", this::list);
        routes.get(BASE + "/versions/{version}", ctx -> {
            HistoryStore.VersionDocument found =
                    version(ctx, access.require(ctx, Role.VIEWER), intParam(ctx, "version"));
            JourneyVersion v = found.version();
            ctx.json(new VersionView(
                    v.version(),
                    v.deleted(),
                    v.summary(),
                    v.name(),
                    v.authorId(),
                    v.authorName(),
                    v.createdAt(),
                    found.journey()));
        });
        routes.patch(BASE + "/versions/{version}", this::rename);
        routes.get(BASE + "/diff", this::diff);
        routes.post(BASE + "/versions/{version}/restore", this::restore);
    }

    private void list(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        List<JourneyVersion> versions = history.list(grant.workspaceId(), ctx.pathParam("journey"));
        if (versions.isEmpty()) {
            throw WorkspaceContent.noSuchJourney(ctx.pathParam("journey"));
        }
        ctx.json(versions);
    }

    private void rename(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int number = intParam(ctx, "version");
        String name = bodies.json(ctx, VersionName.class).name();
        String kept = name == null || name.isBlank() ? null : name.strip();
        if (kept != null && kept.length() > MAX_NAME) {
            throw ApiException.invalid(List.of(new FieldError("name", "must be at most " + MAX_NAME + " characters")));
        }
        if (!history.rename(grant.workspaceId(), ctx.pathParam("journey"), number, kept)) {
            throw ApiException.notFound("journey '" + ctx.pathParam("journey") + "' has no version " + number);
        }
        ctx.json(version(ctx, grant, number).version());
    }

    private void diff(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.VIEWER);
        int from = intQuery(ctx, "from");
        int to = intQuery(ctx, "to");
        Journey before = version(ctx, grant, from).journey();
        Journey after = version(ctx, grant, to).journey();
        ctx.json(new DiffView(from, to, diff.between(before, after)));
    }

    private void restore(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        int expected = ETags.expectedVersion(ctx);
        int from = intParam(ctx, "version");
        Journey document = version(ctx, grant, from).journey();
        StoredJourney restored = editor.restore(grant, ctx.pathParam("journey"), expected, document, from);
        ctx.header("ETag", ETags.of(restored.version())).json(restored.journey());
    }

    private HistoryStore.VersionDocument version(Context ctx, Access.Grant grant, int version) {
        return history.find(grant.workspaceId(), ctx.pathParam("journey"), version)
                .orElseThrow(() ->
                        ApiException.notFound("journey '" + ctx.pathParam("journey") + "' has no version " + version));
    }

    private static int intParam(Context ctx, String name) {
        try {
            return Integer.parseInt(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("'" + ctx.pathParam(name) + "' is not a version number");
        }
    }

    private static int intQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            return Integer.parseInt(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw new ApiException(
                    400,
                    "Bad request",
                    "query parameter '" + name + "' must be a version number",
                    Map.of("errors", List.of(new FieldError(name, "must be a version number"))));
        }
    }
}
