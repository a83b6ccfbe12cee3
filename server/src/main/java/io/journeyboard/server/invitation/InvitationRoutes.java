package io.journeyboard.server.invitation;

import io.javalin.http.Context;
import io.journeyboard.server.account.AccountRoutes;
import io.journeyboard.server.account.Authenticator;
import io.journeyboard.server.account.SessionCookie;
import io.journeyboard.server.account.User;
import io.journeyboard.server.account.UserStore;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.Role;
import io.journeyboard.server.workspace.WorkspaceStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Owners invite, list and revoke invitations; the person invited opens the link, and joins the
 * workspace either by signing up (the invitation is their way in where open sign-up is off) or,
 * signed in as the invited address, by accepting.
 */
public final class InvitationRoutes {

    record NewInvitation(String email, String role) {}

    /** An invitation just made: the link to give (once), and whether it went out by e-mail. */
    record Created(
            long id, String email, String role, Instant expiresAt, String link, boolean emailed, String emailProblem) {}

    /** What the person holding the link is shown before accepting. */
    record Shown(String workspaceName, String email, String role, String invitedBy, boolean accountExists) {}

    record InvitedSignUp(String name, String password) {}

    /** Where an accepted invitation led. */
    record Joined(String workspaceId, String workspaceName, String role) {}

    private static final String BASE = "/workspaces/{ws}/invitations";

    private final InvitationStore invitations;
    private final Optional<InvitationMailer> mailer;
    private final WorkspaceStore workspaces;
    private final UserStore users;
    private final AccountRoutes accounts;
    private final SessionCookie sessionCookie;
    private final Authenticator auth;
    private final Access access;
    private final Bodies bodies;

    public InvitationRoutes(
            InvitationStore invitations,
            Optional<InvitationMailer> mailer,
            WorkspaceStore workspaces,
            UserStore users,
            AccountRoutes accounts,
            SessionCookie sessionCookie,
            Authenticator auth,
            Access access,
            Bodies bodies) {
        this.invitations = invitations;
        this.mailer = mailer;
        this.workspaces = workspaces;
        this.users = users;
        this.accounts = accounts;
        this.sessionCookie = sessionCookie;
        this.auth = auth;
        this.access = access;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get(
                BASE,
                ctx -> ctx.json(
                        invitations.pending(access.require(ctx, Role.OWNER).workspaceId())));
        routes.post(BASE, this::invite);
        routes.delete(BASE + "/{invitation}", this::revoke);
        routes.get("/invitations/{token}", this::show);
        routes.post("/invitations/{token}/accept", this::accept);
        routes.post("/invitations/{token}/sign-up", this::signUp);
    }

    private void invite(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.OWNER);
        NewInvitation request = bodies.json(ctx, NewInvitation.class);
        String email = UserStore.normalize(request.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 320) {
            throw ApiException.invalid(
                    List.of(new FieldError("email", "must be an e-mail address such as ada@example.org")));
        }
        Role role = request.role() == null ? null : WorkspaceStore.parseRole(request.role());
        if (role == null) {
            throw ApiException.invalid(
                    List.of(new FieldError("role", "must be one of owner, editor, commenter, viewer")));
        }
        Optional<User> existing = users.byEmail(email);
        if (existing.isPresent()
                && workspaces.roleOf(grant.workspaceId(), existing.get().id()).isPresent()) {
            throw ApiException.conflict(email + " is a member of this workspace already; change their role instead");
        }
        InvitationStore.NewInvitation made = invitations.create(
                grant.workspaceId(),
                email,
                role,
                grant.user().id(),
                grant.user().name());
        String link = baseAddress(ctx) + "/#/invitation/" + made.token();
        String workspaceName = workspaces
                .find(grant.workspaceId(), grant.user().id())
                .orElseThrow()
                .name();
        Optional<String> problem = mailer.isEmpty()
                ? Optional.of("no mail server is configured; copy the link and send it")
                : mailer.get().send(made.invitation(), workspaceName, link);
        Invitation invitation = made.invitation();
        ctx.status(201)
                .json(new Created(
                        invitation.id(),
                        invitation.email(),
                        role.label(),
                        invitation.expiresAt(),
                        link,
                        problem.isEmpty(),
                        problem.orElse(null)));
    }

    /**
     * The address the owner's browser reached the server at (its Origin on a write), so that the link works
     * behind a proxy too; a script without Origin gets the Host it called.
     */
    private static String baseAddress(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && origin.matches("https?://[^/\\s]+")) {
            return origin;
        }
        return ctx.scheme() + "://" + ctx.host();
    }

    private void revoke(Context ctx) {
        Access.Grant grant = access.require(ctx, Role.OWNER);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("invitation"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (!invitations.revoke(grant.workspaceId(), id)) {
            throw ApiException.notFound("the workspace has no pending invitation " + ctx.pathParam("invitation"));
        }
        ctx.status(204);
    }

    private InvitationStore.Opened opened(Context ctx) {
        return invitations
                .open(ctx.pathParam("token"))
                .orElseThrow(() -> ApiException.notFound(
                        "this invitation is unknown, used, revoked or expired; ask the workspace owner for a new one"));
    }

    private void show(Context ctx) {
        InvitationStore.Opened opened = opened(ctx);
        Invitation invitation = opened.invitation();
        ctx.header("Cache-Control", "no-store")
                .json(new Shown(
                        opened.workspaceName(),
                        invitation.email(),
                        invitation.role().label(),
                        invitation.invitedBy(),
                        users.byEmail(invitation.email()).isPresent()));
    }

    private void accept(Context ctx) {
        User user = auth.require(ctx).user();
        InvitationStore.Opened opened = opened(ctx);
        if (!opened.invitation().email().equals(user.email())) {
            throw ApiException.forbidden(
                    "this invitation is for " + opened.invitation().email() + "; sign out and sign "
                            + "in (or sign up) with that address to accept it");
        }
        ctx.json(join(opened, user));
    }

    /** Creates the invited address's account (open sign-up or not), joins the workspace and signs in. */
    private void signUp(Context ctx) {
        InvitationStore.Opened opened = opened(ctx);
        InvitedSignUp request = bodies.json(ctx, InvitedSignUp.class);
        User user = accounts.create(ctx, opened.invitation().email(), request.name(), request.password());
        join(opened, user);
        ctx.status(201);
        sessionCookie.start(ctx, user);
    }

    private Joined join(InvitationStore.Opened opened, User user) {
        Invitation invitation = opened.invitation();
        if (!invitations.accept(invitation.id())) {
            throw ApiException.notFound("this invitation was used or revoked a moment ago");
        }
        workspaces.join(invitation.workspaceId(), user.id(), invitation.role());
        return new Joined(
                invitation.workspaceId(),
                opened.workspaceName(),
                invitation.role().label());
    }
}
