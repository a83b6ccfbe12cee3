package io.journeyboard.server.account;

import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import java.util.List;

/** The signed-in user's own account: who they are, their display name, their password and their API tokens. */
public final class ProfileRoutes {

    record NameChange(String name) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record NewToken(String name) {}

    private final UserStore users;
    private final Passwords passwords;
    private final SessionStore sessions;
    private final ApiTokenStore tokens;
    private final Authenticator auth;
    private final LoginRateLimiter limiter;
    private final Bodies bodies;

    public ProfileRoutes(
            UserStore users,
            Passwords passwords,
            SessionStore sessions,
            ApiTokenStore tokens,
            Authenticator auth,
            LoginRateLimiter limiter,
            Bodies bodies) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tokens = tokens;
        this.auth = auth;
        this.limiter = limiter;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get("/me", ctx -> {
            Principal principal = auth.require(ctx);
            ctx.json(new SessionCookie.Me(principal.user(), principal.csrfToken()));
        });
        routes.patch("/me", this::rename);
        routes.post("/me/password", this::changePassword);
        routes.get("/me/tokens", ctx -> ctx.json(tokens.list(auth.require(ctx).user())));
        routes.post("/me/tokens", this::createToken);
        routes.delete("/me/tokens/{tokenId}", this::revokeToken);
    }

    /** Why a display name cannot be used, or null when it can. */
    static String nameProblem(String name) {
        return name == null || name.isBlank() || name.length() > 200
                ? "must not be blank and at most 200 characters"
                : null;
    }

    private void rename(Context ctx) {
        Principal principal = auth.require(ctx);
        String name = bodies.json(ctx, NameChange.class).name();
        String problem = nameProblem(name);
        if (problem != null) {
            throw ApiException.invalid(List.of(new FieldError("name", problem)));
        }
        User user = principal.user();
        users.rename(user.id(), name.strip());
        ctx.json(new SessionCookie.Me(new User(user.id(), user.email(), name.strip()), principal.csrfToken()));
    }

    /**
     * Needs the current password (counted like a sign-in, so it cannot be guessed through this route either);
     * ends the user's other sessions, keeping the one that asked.
     */
    private void changePassword(Context ctx) {
        User user = auth.require(ctx).user();
        PasswordChange request = bodies.json(ctx, PasswordChange.class);
        String weakness = Passwords.weakness(request.newPassword());
        if (weakness != null) {
            throw ApiException.invalid(List.of(new FieldError("newPassword", weakness)));
        }
        LoginRateLimiter.Reservation reservation = limiter.reserve("account:" + user.email(), "address:" + ctx.ip());
        if (reservation.attempt().isEmpty()) {
            long wait = reservation.retryAfterSeconds();
            throw AccountRoutes.tooManyAttempts("too many wrong passwords; try again in " + wait + " seconds", wait);
        }
        if (!passwords.matches(request.currentPassword(), users.passwordHash(user.id()))) {
            throw ApiException.invalid(List.of(new FieldError("currentPassword", "is not your current password")));
        }
        reservation.attempt().get().succeeded();
        users.changePasswordHash(user.id(), passwords.hash(request.newPassword()));
        sessions.closeOthers(user.id(), ctx.cookie(Authenticator.SESSION_COOKIE));
        ctx.status(204);
    }

    private void createToken(Context ctx) {
        User user = auth.require(ctx).user();
        NewToken request = bodies.json(ctx, NewToken.class);
        String problem = nameProblem(request.name());
        if (problem != null) {
            throw ApiException.invalid(List.of(new FieldError("name", problem)));
        }
        ctx.status(201).json(tokens.create(user, request.name().strip()));
    }

    private void revokeToken(Context ctx) {
        User user = auth.require(ctx).user();
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("tokenId"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("there is no tokenId '" + ctx.pathParam("tokenId") + "'");
        }
        if (!tokens.revoke(user, id)) {
            throw ApiException.notFound("you have no active API token " + id);
        }
        ctx.status(204);
    }
}
