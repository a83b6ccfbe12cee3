package io.journeyboard.server.share;

import io.javalin.http.Context;
import io.journeyboard.server.comment.Comment;
import io.journeyboard.server.comment.CommentStore;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Comments through a share link that allows them: a guest reads the journey's discussion and adds to it
 * under a name of their choosing, with no account; the comment is stored as the link creator's, showing the
 * guest's name. A view-only link shows no comments.
 */
public final class SharedComments {

    record GuestComment(String name, String body, String anchor) {}

    /** A comment as a guest sees it: no account ids. */
    record Shown(long id, String anchor, String body, boolean resolved, String authorName, Instant createdAt) {}

    private final SharedLinkGate gate;
    private final CommentStore comments;
    private final Bodies bodies;

    public SharedComments(SharedLinkGate gate, CommentStore comments, Bodies bodies) {
        this.gate = gate;
        this.comments = comments;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get("/shared/{token}/comments", ctx -> {
            ShareLinkStore.Target target = commentLink(ctx);
            ctx.header("Cache-Control", "no-store")
                    .json(comments.list(target.workspaceId(), target.journeyId()).stream()
                            .map(SharedComments::shown)
                            .toList());
        });
        routes.post("/shared/{token}/comments", this::add);
    }

    private ShareLinkStore.Target commentLink(Context ctx) {
        ShareLinkStore.Target target = gate.enter(ctx);
        gate.journey(target);
        if (!target.access().equals("comment")) {
            throw ApiException.forbidden("this share link is for viewing; ask for a link that allows comments");
        }
        return target;
    }

    private void add(Context ctx) {
        ShareLinkStore.Target target = commentLink(ctx);
        GuestComment request = bodies.json(ctx, GuestComment.class);
        List<FieldError> errors = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new FieldError(
                    "name", "must not be blank and at most 200 characters: the name shown with the comment"));
        }
        if (request.body() == null || request.body().isBlank() || request.body().length() > 10_000) {
            errors.add(new FieldError("body", "must not be blank and at most 10000 characters"));
        }
        if (request.anchor() != null && request.anchor().length() > 200) {
            errors.add(new FieldError("anchor", "must be the id of a part of the journey"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String name = request.name().strip() + " (guest)";
        long id = comments.add(
                target.workspaceId(),
                target.journeyId(),
                request.anchor(),
                request.body().strip(),
                target.createdBy(),
                name);
        Comment added =
                comments.find(target.workspaceId(), target.journeyId(), id).orElseThrow();
        ctx.status(201).json(shown(added));
    }

    private static Shown shown(Comment comment) {
        return new Shown(
                comment.id(),
                comment.anchor(),
                comment.body(),
                comment.resolved(),
                comment.authorName(),
                comment.createdAt());
    }
}
