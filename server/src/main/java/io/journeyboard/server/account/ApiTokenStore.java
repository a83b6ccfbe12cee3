package io.journeyboard.server.account;

import io.journeyboard.server.store.RecentAnswers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Personal API tokens for scripts: sent as {@code Authorization: Bearer ...}, stored hashed, revocable. */
public final class ApiTokenStore {

    /** A token as listed to its owner: never the secret itself. */
    public record ApiToken(long id, String name, Instant createdAt, Instant revokedAt) {}

    /** A token just created: the secret is shown this once. */
    public record NewApiToken(long id, String name, String token, Instant createdAt) {}

    private final Jdbi jdbi;
    /** By token hash; a revocation forgets the user's tokens. */
    private final RecentAnswers<String, User> recent = RecentAnswers.ofFound();

    public ApiTokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public NewApiToken create(User user, String name) {
        String token = SecretTokens.generate("jbt_");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (:user, :name, :hash,
                        :now)""")
                .bind("user", user.id())
                .bind("name", name)
                .bind("hash", SecretTokens.hash(token))
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new NewApiToken(id, name, token, now);
    }

    public List<ApiToken> list(User user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE user_id = :user ORDER BY id")
                .bind("user", user.id())
                .map((rs, ctx) -> new ApiToken(
                        rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))))
                .list());
    }

    /** Revokes one of the user's tokens; false when the user has no such token. */
    public boolean revoke(User user, long tokenId) {
        boolean revoked = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS
                        NULL""")
                        .bind("now", Instant.now())
                        .bind("id", tokenId)
                        .bind("user", user.id())
                        .execute()
                > 0);
        recent.forgetIf(holder -> holder.id() == user.id());
        return revoked;
    }

    public Optional<User> userOf(String token) {
        return recent.get(SecretTokens.hash(token), this::lookUp);
    }

    private Optional<User> lookUp(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT u.id, u.email, u.name FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL""")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .findOne());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
