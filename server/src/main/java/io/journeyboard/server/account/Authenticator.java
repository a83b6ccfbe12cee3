package io.journeyboard.server.account;

import io.javalin.http.Context;
import io.journeyboard.server.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Finds the principal of a request from an API token ({@code Authorization: Bearer}) or the session
 * cookie. A browser write (cookie, unsafe method) must also echo the session's CSRF token in
 * {@code X-CSRF-Token}; without it a forged cross-site form could act in the user's name.
 */
public final class Authenticator {

    public static final String SESSION_COOKIE = "jb_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = Principal.class.getName();

    private final SessionStore sessions;
    private final ApiTokenStore tokens;

    public Authenticator(SessionStore sessions, ApiTokenStore tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Before-handler: attaches the principal, if any; refuses bad tokens and browser writes without CSRF token. */
    public void identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.unauthorized("Authorization must be 'Bearer <API token>'");
            }
            User user = tokens.userOf(authorization.substring(7).strip())
                    .orElseThrow(() -> ApiException.unauthorized("the API token is unknown or revoked"));
            ctx.attribute(ATTRIBUTE, new Principal(user, null));
            return;
        }
        String cookie = ctx.cookie(SESSION_COOKIE);
        if (cookie == null || startsASession(ctx)) {
            return;
        }
        Optional<SessionStore.Session> session = sessions.find(cookie);
        if (session.isEmpty()) {
            return;
        }
        if (isUnsafe(ctx) && !sameSecret(session.get().csrfToken(), ctx.header(CSRF_HEADER))) {
            throw ApiException.forbidden("a signed-in browser write must send the " + CSRF_HEADER
                    + " header with the csrfToken from sign-in or GET /api/v1/me");
        }
        ctx.attribute(
                ATTRIBUTE, new Principal(session.get().user(), session.get().csrfToken()));
    }

    /** The principal of the request, or 401. */
    public Principal require(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        if (principal == null) {
            throw ApiException.unauthorized("sign in (POST /api/v1/auth/sign-in) or send an API token");
        }
        return principal;
    }

    /**
     * Sign-up (also through an invitation) and sign-in replace whatever session the browser holds, so an old cookie
     * neither helps nor blocks them.
     */
    private static boolean startsASession(Context ctx) {
        return ctx.path().endsWith("/auth/sign-in") || ctx.path().endsWith("/sign-up");
    }

    private static boolean isUnsafe(Context ctx) {
        return switch (ctx.method()) {
            case POST, PUT, PATCH, DELETE -> true;
            default -> false;
        };
    }

    private static boolean sameSecret(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
