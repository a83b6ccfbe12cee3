package io.journeyboard.server.account;

import io.journeyboard.server.store.RecentAnswers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Browser sessions: a random id in an HttpOnly cookie, stored hashed, with the CSRF token that goes with it. */
public final class SessionStore {

    public static final Duration LIFETIME = Duration.ofDays(14);

    /** A new session: the cookie value (shown once) and its CSRF token. */
    public record NewSession(String token, String csrfToken) {}

    /** A live session's user and CSRF token. */
    public record Session(User user, String csrfToken) {}

    private final Jdbi jdbi;
    /** By token hash: every API request looks its session up. */
    private final RecentAnswers<String, Session> recent = RecentAnswers.ofFound();

    public SessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public NewSession open(User user) {
        String token = SecretTokens.generate("jbs_");
        String csrf = SecretTokens.generate("");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
                        VALUES (:hash, :user, :csrf, :now, :expires)""")
                .bind("hash", SecretTokens.hash(token))
                .bind("user", user.id())
                .bind("csrf", csrf)
                .bind("now", now)
                .bind("expires", now.plus(LIFETIME))
                .execute());
        return new NewSession(token, csrf);
    }

    public Optional<Session> find(String token) {
        return recent.get(SecretTokens.hash(token), this::lookUp);
    }

    private Optional<Session> lookUp(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT u.id, u.email, u.name, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.token_hash = :hash AND s.expires_at > :now""")
                .bind("hash", tokenHash)
                .bind("now", Instant.now())
                .map((rs, ctx) ->
                        new Session(new User(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getString(4)))
                .findOne());
    }

    public void close(String token) {
        String hash = SecretTokens.hash(token);
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                .bind("hash", hash)
                .execute());
        recent.forget(hash);
    }

    /** Ends every session of the user but the one holding {@code keptToken} (null ends them all). */
    public void closeOthers(long userId, String keptToken) {
        String kept = keptToken == null ? "" : SecretTokens.hash(keptToken);
        jdbi.useHandle(
                handle -> handle.createUpdate("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :kept")
                        .bind("user", userId)
                        .bind("kept", kept)
                        .execute());
        recent.forgetIf(session -> session.user().id() == userId);
    }
}
