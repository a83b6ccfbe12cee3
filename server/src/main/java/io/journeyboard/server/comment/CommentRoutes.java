package io.journeyboard.server.comment;

import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.util.List;

/** Comments on a journey: viewers read them, commenters and above write and resolve them. */
public final class CommentRoutes {

    record NewComment(String body, String anchor) {}

    record Resolution(boolean resolved) {}

    private static final String BASE = "/workspaces/{ws}/journeys/{journey}/comments";
    private static final int MAX_LENGTH = 10_000;

    private final CommentStore comments;
    private final WorkspaceContent content;
    private final Access access;
    private final Bodies bodies;

    public CommentRoutes(CommentStore comments, WorkspaceContent content, Access access, Bodies bodies) {
        this.comments = comments;
        this.content = content;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(BASE, ctx -> {
            Access.Grant grant = access.require(ctx, Role.VIEWER);
            ctx.json(comments.list(grant.workspaceId(), liveJourney(grant, ctx)));
        });
        routes.post(BASE, this::add);
        routes.patch(BASE + "/{comment}", this::resolve);
    }

    private void add(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.COMMENTER);
        String journeyId = liveJourney(grant, ctx);
        NewComment request = bodies.json(ctx, NewComment.class);
        if (request.body() == null || request.body().isBlank() || request.body().length() > MAX_LENGTH) {
            throw ApiException.invalid(
                    List.of(new FieldError("body", "must not be blank and at most " + MAX_LENGTH + " characters")));
        }
        if (request.anchor() != null && request.anchor().length() > 200) {
            throw ApiException.invalid(List.of(new FieldError("anchor", "must be the id of a part of the journey")));
        }
        long id = comments.add(
                grant.workspaceId(),
                journeyId,
                request.anchor(),
                request.body().strip(),
                grant.user().id());
        ctx.status(201).json(comments.find(grant.workspaceId(), journeyId, id).orElseThrow());
    }

    private void resolve(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.COMMENTER);
        String journeyId = liveJourney(grant, ctx);
        long id = parseId(ctx.pathParam("comment"));
        comments.find(grant.workspaceId(), journeyId, id)
                .orElseThrow(() -> ApiException.notFound("the journey has no comment " + ctx.pathParam("comment")));
        comments.setResolved(id, bodies.json(ctx, Resolution.class).resolved());
        ctx.json(comments.find(grant.workspaceId(), journeyId, id).orElseThrow());
    }

    private String liveJourney(Access.Grant grant, Context ctx) {
        String journeyId = ctx.pathParam("journey");
        content.live(grant, journeyId);
        return journeyId;
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
