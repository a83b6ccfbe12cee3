package io.journeyboard.server.share;

import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * Read-only share links for one journey: editors create, list and revoke them; anyone holding a live
 * link reads the journey and its personas at {@code /api/v1/shared/{token}}, and nothing else.
 */
public final class ShareRoutes {

    record NewLink(Instant expiresAt) {
    }

    /** A link just created: the token and the API path that opens it. */
    record CreatedLink(long id, String journeyId, Instant createdAt, Instant expiresAt, String token, String path) {
    }

    /** What a share link shows. */
    record SharedJourney(String workspaceName, Journey journey, List<Persona> personas) {
    }

    private static final String BASE = "/workspaces/{ws}/journeys/{journey}/share-links";

    private final ShareLinkStore links;
    private final JourneyStore journeys;
    private final WorkspaceContent content;
    private final Access access;
    private final Bodies bodies;

    public ShareRoutes(ShareLinkStore links, JourneyStore journeys, WorkspaceContent content, Access access,
                       Bodies bodies) {
        this.links = links;
        this.journeys = journeys;
        this.content = content;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(BASE, ctx -> {
            Access.Grant grant = access.require(ctx, Role.EDITOR);
            ctx.json(links.list(grant.workspaceId(), liveJourney(grant, ctx.pathParam("journey")).journey().id()));
        });
        routes.post(BASE, this::create);
        routes.delete(BASE + "/{link}", this::revoke);
        routes.get("/shared/{token}", this::open);
    }

    private void create(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String journeyId = liveJourney(grant, ctx.pathParam("journey")).journey().id();
        NewLink request = ctx.contentLength() > 0 ? bodies.json(ctx, NewLink.class) : new NewLink(null);
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
            throw ApiException.invalid(List.of(new FieldError("expiresAt", "must be in the future")));
        }
        ShareLinkStore.NewShareLink created = links.create(grant.workspaceId(), journeyId, grant.user().id(), request.expiresAt());
        ShareLink link = created.link();
        ctx.status(201).json(new CreatedLink(link.id(), journeyId, link.createdAt(), link.expiresAt(), created.token(),
                "/api/v1/shared/" + created.token()));
    }

    private void revoke(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("link"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (!links.revoke(grant.workspaceId(), ctx.pathParam("journey"), id)) {
            throw ApiException.notFound("the journey has no live share link " + ctx.pathParam("link"));
        }
        ctx.status(204);
    }

    private void open(Context ctx) {
        ShareLinkStore.Target target = links.open(ctx.pathParam("token"))
                .orElseThrow(() -> ApiException.notFound("this share link is unknown, revoked or expired"));
        StoredJourney stored = journeys.find(target.workspaceId(), target.journeyId()).filter(j -> !j.deleted())
                .orElseThrow(() -> ApiException.notFound("the shared journey was deleted"));
        Workspace workspace = journeys.jdbi().withHandle(handle ->
                content.snapshot(handle, target.workspaceId(), List.of(stored.journey())));
        SharedJourney shared = new SharedJourney(workspace.name(), stored.journey(), workspace.personas().stream()
                .filter(p -> stored.journey().personaIds().contains(p.id())).toList());
        ctx.header("Cache-Control", "no-store").json(shared);
    }

    private StoredJourney liveJourney(Access.Grant grant, String journeyId) {
        return content.live(grant, journeyId);
    }
}
