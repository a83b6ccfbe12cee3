package io.journeyboard.server.account;

import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sign-up, sign-in, sign-out, the current user and personal API tokens. */
public final class AccountRoutes {

    record SignUp(String email, String name, String password) {
    }

    record SignIn(String email, String password) {
    }

    record NewToken(String name) {
    }

    /** The answer to sign-up, sign-in and GET /me: the user and the CSRF token for browser writes. */
    record Me(User user, String csrfToken) {
    }

    private final UserStore users;
    private final Passwords passwords;
    private final SessionStore sessions;
    private final ApiTokenStore tokens;
    private final Authenticator auth;
    private final LoginRateLimiter limiter;
    private final Bodies bodies;
    private final boolean secureCookies;

    public AccountRoutes(UserStore users, Passwords passwords, SessionStore sessions, ApiTokenStore tokens, Authenticator auth,
                         LoginRateLimiter limiter, Bodies bodies, boolean secureCookies) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tokens = tokens;
        this.auth = auth;
        this.limiter = limiter;
        this.bodies = bodies;
        this.secureCookies = secureCookies;
    }

    public void register(Routes routes) {
        routes.post("/auth/sign-up", this::signUp);
        routes.post("/auth/sign-in", this::signIn);
        routes.post("/auth/sign-out", this::signOut);
        routes.get("/me", ctx -> {
            Principal principal = auth.require(ctx);
            ctx.json(new Me(principal.user(), principal.csrfToken()));
        });
        routes.get("/me/tokens", ctx -> ctx.json(tokens.list(auth.require(ctx).user())));
        routes.post("/me/tokens", this::createToken);
        routes.delete("/me/tokens/{tokenId}", this::revokeToken);
    }

    private void signUp(Context ctx) {
        SignUp request = bodies.json(ctx, SignUp.class);
        List<FieldError> errors = new ArrayList<>();
        String email = UserStore.normalize(request.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 320) {
            errors.add(new FieldError("email", "must be an e-mail address such as ada@example.org"));
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new FieldError("name", "must not be blank and at most 200 characters"));
        }
        String weakness = Passwords.weakness(request.password());
        if (weakness != null) {
            errors.add(new FieldError("password", weakness));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String addressKey = "sign-up:" + ctx.ip();
        long wait = limiter.retryAfterSeconds(addressKey);
        if (wait > 0) {
            throw tooManyAttempts("too many sign-ups with e-mail addresses that cannot be used; try again in " + wait
                    + " seconds", wait);
        }
        // The answer for a taken address says no more than that it cannot be used, and such answers count
        // towards the address's limit: sign-up cannot be used to list who has an account.
        User user = users.create(email, request.name().strip(), passwords.hash(request.password())).orElseThrow(() -> {
            limiter.failed(addressKey);
            return ApiException.conflict("this e-mail address cannot be used for a new account; "
                    + "if it is yours, sign in, else use another address");
        });
        ctx.status(201);
        startSession(ctx, user);
    }

    private void signIn(Context ctx) {
        SignIn request = bodies.json(ctx, SignIn.class);
        String accountKey = "account:" + UserStore.normalize(request.email());
        String addressKey = "address:" + ctx.ip();
        LoginRateLimiter.Reservation reservation = limiter.reserve(accountKey, addressKey);
        if (reservation.attempt().isEmpty()) {
            long wait = reservation.retryAfterSeconds();
            throw tooManyAttempts("too many failed sign-ins; try again in " + wait + " seconds", wait);
        }
        var found = users.credentials(request.email());
        if (!passwords.matches(request.password(), found.map(UserStore.Credentials::passwordHash))) {
            throw ApiException.unauthorized("the e-mail or the password is wrong");
        }
        reservation.attempt().get().succeeded();
        startSession(ctx, found.get().user());
    }

    private static ApiException tooManyAttempts(String message, long waitSeconds) {
        return new ApiException(429, "Too many attempts", message, Map.of("retryAfterSeconds", waitSeconds))
                .withHeader("Retry-After", Long.toString(waitSeconds));
    }

    private void startSession(Context ctx, User user) {
        SessionStore.NewSession session = sessions.open(user);
        ctx.header("Set-Cookie", cookie(session.token(), SessionStore.LIFETIME.toSeconds()));
        ctx.json(new Me(user, session.csrfToken()));
    }

    private void signOut(Context ctx) {
        auth.require(ctx);
        String cookie = ctx.cookie(Authenticator.SESSION_COOKIE);
        if (cookie != null) {
            sessions.close(cookie);
        }
        ctx.header("Set-Cookie", cookie("", 0));
        ctx.status(204);
    }

    private String cookie(String value, long maxAgeSeconds) {
        return Authenticator.SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : "");
    }

    private void createToken(Context ctx) {
        User user = auth.require(ctx).user();
        NewToken request = bodies.json(ctx, NewToken.class);
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw ApiException.invalid(List.of(new FieldError("name", "must not be blank and at most 200 characters")));
        }
        ctx.status(201).json(tokens.create(user, request.name().strip()));
    }

    private void revokeToken(Context ctx) {
        User user = auth.require(ctx).user();
        long id = longParam(ctx, "tokenId");
        if (!tokens.revoke(user, id)) {
            throw ApiException.notFound("you have no active API token " + id);
        }
        ctx.status(204);
    }

    static long longParam(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("there is no " + name + " '" + ctx.pathParam(name) + "'");
        }
    }
}
