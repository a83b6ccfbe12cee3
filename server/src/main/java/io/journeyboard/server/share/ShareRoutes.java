package io.journeyboard.server.share;

import io.javalin.http.Context;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.server.account.Passwords;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.StoredJourney;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Share links for one journey: editors create, list and revoke them; anyone holding a live link (and
 * its password, when it has one) reads the journey and its personas at {@code /api/v1/shared/{token}},
 * and, when the link allows comments, reads and adds comments there ({@link SharedComments}).
 */
public final class ShareRoutes {

    record NewLink(Instant expiresAt, String access, String password) {}

    /** A link just created: the token and the API path that opens it. */
    record CreatedLink(
            long id,
            String journeyId,
            Instant createdAt,
            Instant expiresAt,
            String access,
            boolean passwordProtected,
            String token,
            String path) {}

    /** What a share link shows. */
    record SharedJourney(String workspaceName, String access, Journey journey, List<Persona> personas) {}

    static final List<String> ACCESS = List.of("view", "comment");
    private static final String BASE = "/workspaces/{ws}/journeys/{journey}/share-links";

    private final ShareLinkStore links;
    private final JourneyStore journeys;
    private final WorkspaceContent content;
    private final SharedLinkGate gate;
    private final Passwords passwords;
    private final Access access;
    private final Bodies bodies;

    public ShareRoutes(
            ShareLinkStore links,
            JourneyStore journeys,
            WorkspaceContent content,
            SharedLinkGate gate,
            Passwords passwords,
            Access access,
            Bodies bodies) {
        this.links = links;
        this.journeys = journeys;
        this.content = content;
        this.gate = gate;
        this.passwords = passwords;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(BASE, ctx -> {
            Access.Grant grant = access.require(ctx, Role.EDITOR);
            ctx.json(links.list(
                    grant.workspaceId(),
                    content.live(grant, ctx.pathParam("journey")).journey().id()));
        });
        routes.post(BASE, this::create);
        routes.delete(BASE + "/{link}", this::revoke);
        routes.get("/shared/{token}", this::open);
    }

    private void create(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.EDITOR);
        String journeyId =
                content.live(grant, ctx.pathParam("journey")).journey().id();
        NewLink request = ctx.contentLength() > 0 ? bodies.json(ctx, NewLink.class) : new NewLink(null, null, null);
        String linkAccess = request.access() == null ? "view" : request.access();
        List<FieldError> errors = new ArrayList<>();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
            errors.add(new FieldError("expiresAt", "must be in the future"));
        }
        if (!ACCESS.contains(linkAccess)) {
            errors.add(new FieldError("access", "must be view or comment"));
        }
        boolean withPassword = request.password() != null && !request.password().isEmpty();
        if (withPassword
                && (request.password().length() < 6 || request.password().length() > 72)) {
            errors.add(
                    new FieldError("password", "must be 6 to 72 characters, or left out for a link without password"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ShareLinkStore.NewShareLink created = links.create(
                grant.workspaceId(),
                journeyId,
                grant.user().id(),
                request.expiresAt(),
                linkAccess,
                withPassword ? passwords.hash(request.password()) : null);
        ShareLink link = created.link();
        ctx.status(201)
                .json(new CreatedLink(
                        link.id(),
                        journeyId,
                        link.createdAt(),
                        link.expiresAt(),
                        link.access(),
                        link.passwordProtected(),
                        created.token(),
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
        ShareLinkStore.Target target = gate.enter(ctx);
        StoredJourney stored = gate.journey(target);
        Workspace workspace = journeys.jdbi()
                .withHandle(handle -> content.snapshot(handle, target.workspaceId(), List.of(stored.journey())));
        SharedJourney shared = new SharedJourney(
                workspace.name(),
                target.access(),
                stored.journey(),
                workspace.personas().stream()
                        .filter(p -> stored.journey().personaIds().contains(p.id()))
                        .toList());
        ctx.header("Cache-Control", "no-store").json(shared);
    }
}
