package io.journeyboard.server.account;

import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.FieldError;
import io.journeyboard.server.http.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sign-up (as the policy allows), sign-in and sign-out. The signed-in user's own routes are {@link ProfileRoutes}. */
public final class AccountRoutes {

    record SignUp(String email, String name, String password) {}

    record SignIn(String email, String password) {}

    /** What the sign-in page needs to know before anyone signs in. */
    record SignUpOptions(boolean open, boolean firstAccount) {}

    private final UserStore users;
    private final Passwords passwords;
    private final SessionCookie sessionCookie;
    private final SignUpPolicy policy;
    private final Authenticator auth;
    private final LoginRateLimiter limiter;
    private final Bodies bodies;

    public AccountRoutes(
            UserStore users,
            Passwords passwords,
            SessionCookie sessionCookie,
            SignUpPolicy policy,
            Authenticator auth,
            LoginRateLimiter limiter,
            Bodies bodies) {
        this.users = users;
        this.passwords = passwords;
        this.sessionCookie = sessionCookie;
        this.policy = policy;
        this.auth = auth;
        this.limiter = limiter;
        this.bodies = bodies;
    }

    public void register(Routes routes) {
        routes.get("/auth/sign-up", ctx -> ctx.json(new SignUpOptions(policy.open(), policy.firstAccount())));
        routes.post("/auth/sign-up", this::signUp);
        routes.post("/auth/sign-in", this::signIn);
        routes.post("/auth/sign-out", this::signOut);
    }

    private void signUp(Context ctx) {
        SignUp request = bodies.json(ctx, SignUp.class);
        if (!policy.allowsWithoutInvitation()) {
            throw ApiException.forbidden("sign-up on this server is by invitation; ask a workspace owner to invite "
                    + "your e-mail address, then open the link in the invitation");
        }
        User user = create(ctx, request.email(), request.name(), request.password());
        ctx.status(201);
        sessionCookie.start(ctx, user);
    }

    /**
     * Creates an account after checking its fields, or refuses: 400 naming the fields, 409 for an address that
     * cannot be used, 429 after too many of those from one client address. Also used by accepted invitations.
     */
    public User create(Context ctx, String rawEmail, String name, String password) {
        List<FieldError> errors = new ArrayList<>();
        String email = UserStore.normalize(rawEmail);
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 320) {
            errors.add(new FieldError("email", "must be an e-mail address such as ada@example.org"));
        }
        String nameProblem = ProfileRoutes.nameProblem(name);
        if (nameProblem != null) {
            errors.add(new FieldError("name", nameProblem));
        }
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            errors.add(new FieldError("password", weakness));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String addressKey = "sign-up:" + ctx.ip();
        long wait = limiter.retryAfterSeconds(addressKey);
        if (wait > 0) {
            throw tooManyAttempts(
                    "too many sign-ups with e-mail addresses that cannot be used; try again in " + wait + " seconds",
                    wait);
        }
        // The answer for a taken address says no more than that it cannot be used, and such answers count
        // towards the address's limit: sign-up cannot be used to list who has an account.
        return users.create(email, name.strip(), passwords.hash(password)).orElseThrow(() -> {
            limiter.failed(addressKey);
            return ApiException.conflict("this e-mail address cannot be used for a new account; "
                    + "if it is yours, sign in, else use another address");
        });
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
        sessionCookie.start(ctx, found.get().user());
    }

    static ApiException tooManyAttempts(String message, long waitSeconds) {
        return new ApiException(429, "Too many attempts", message, Map.of("retryAfterSeconds", waitSeconds))
                .withHeader("Retry-After", Long.toString(waitSeconds));
    }

    private void signOut(Context ctx) {
        auth.require(ctx);
        sessionCookie.clear(ctx);
        ctx.status(204);
    }
}
