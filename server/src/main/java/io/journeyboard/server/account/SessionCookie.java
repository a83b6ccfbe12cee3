package io.journeyboard.server.account;

import io.javalin.http.Context;

/**
 * The browser session's cookie: opened on sign-up, sign-in and accepting an invitation as a new
 * account, cleared on sign-out. The answer that opens one carries the user and the CSRF token.
 */
public final class SessionCookie {

    /** The answer to sign-up, sign-in and GET /me: the user and the CSRF token for browser writes. */
    public record Me(User user, String csrfToken) {}

    private final SessionStore sessions;
    private final boolean secure;

    public SessionCookie(SessionStore sessions, boolean secure) {
        this.sessions = sessions;
        this.secure = secure;
    }

    /** Opens a session for {@code user}, sets its cookie and answers {@link Me}. */
    public void start(Context ctx, User user) {
        SessionStore.NewSession session = sessions.open(user);
        ctx.header("Set-Cookie", cookie(session.token(), SessionStore.LIFETIME.toSeconds()));
        ctx.json(new Me(user, session.csrfToken()));
    }

    /** Closes the request's session, if any, and tells the browser to forget the cookie. */
    public void clear(Context ctx) {
        String cookie = ctx.cookie(Authenticator.SESSION_COOKIE);
        if (cookie != null) {
            sessions.close(cookie);
        }
        ctx.header("Set-Cookie", cookie("", 0));
    }

    private String cookie(String value, long maxAgeSeconds) {
        return Authenticator.SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
